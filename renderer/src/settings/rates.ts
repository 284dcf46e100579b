/** How a payment rate reads on screen, and how an agreed copy is matched to the rates in settings. */
import { RATE_UNIT_LABELS, formatPence, type AgreedRate, type Rate } from '../../../main/domain/people';
import { formatDate } from '../../../main/domain/time';

/** "£20 per hour". */
export function rateAmountText(rate: AgreedRate): string {
  return `${formatPence(rate.amountPence)} ${RATE_UNIT_LABELS[rate.unit]}`;
}

/** "from Our involvement policy, checked 1 March 2027". */
export function rateSourceText(rate: AgreedRate): string {
  return `from ${rate.source}, checked ${formatDate(rate.asOf)}`;
}

/** The copy kept with a person: everything but the id, so a later edit in settings does not rewrite it. */
export function agreedCopy(rate: Rate): AgreedRate {
  const { id: _id, ...copy } = rate;
  return copy;
}

/** The rate in settings that an agreed copy came from, if it is still there unchanged. */
export function matchingRate(rates: readonly Rate[], agreed: AgreedRate | null): Rate | undefined {
  if (!agreed) return undefined;
  return rates.find(
    (r) =>
      r.name === agreed.name &&
      r.amountPence === agreed.amountPence &&
      r.unit === agreed.unit &&
      r.source === agreed.source &&
      r.asOf === agreed.asOf,
  );
}
