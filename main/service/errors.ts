import type { ApiErrorBody, ApiErrorCode } from '../contract/contract';

/** An error the service means to report to the facilitator, with a kind message. */
export class KindredError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'KindredError';
  }

  toBody(): ApiErrorBody {
    return this.fields ? { code: this.code, message: this.message, fields: this.fields } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new KindredError('not_found', `We couldn't find that ${what}. It may have been deleted.`);
