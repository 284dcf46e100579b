/**
 * A person's history with you, and what the plan review needs of everyone's past. Both are read in
 * one transaction so the plans come from the same moment; the meaning is worked out in the domain
 * (domain/history.ts), so the review stays pure and takes the past as an input.
 */
import { pastBefore, personHistory, type BenefitsCheck, type PersonHistory, type PersonPast, type ReviewHistory } from '../domain/history';
import type { ParsedInput, ServiceImpl } from '../contract/contract';
import { createHistoryRepo } from '../store/historyRepo';
import { notFound } from './errors';
import type { StoreContext } from './storeContext';

type HistoryMethods = Pick<ServiceImpl, 'getPersonHistory' | 'getReviewHistory'>;

export function historyMethods(ctx: StoreContext, benefitsCheck: () => BenefitsCheck | null): HistoryMethods {
  const { db, directory, plans } = ctx;
  const history = createHistoryRepo(db);

  const getPersonHistory = db.transaction(({ directoryPersonId }: ParsedInput<'getPersonHistory'>): PersonHistory => {
    if (!directory.get(directoryPersonId)) throw notFound('person');
    return personHistory(history.sessions(directoryPersonId), benefitsCheck());
  });

  const getReviewHistory = db.transaction(({ planId }: ParsedInput<'getReviewHistory'>): ReviewHistory => {
    const details = plans.details(planId);
    if (!details) throw notFound('plan');
    const result: Record<string, PersonPast> = {};
    for (const [personId, entryId] of directory.linksInPlan(planId)) {
      const entry = directory.get(entryId);
      if (!entry) continue;
      result[personId] = { sessions: pastBefore(history.sessions(entryId), planId, details.date), consentAskAgainOn: entry.consent.askAgainOn };
    }
    return result;
  });

  return { getPersonHistory, getReviewHistory };
}
