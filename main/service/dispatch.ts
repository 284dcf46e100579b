/**
 * The single entry point both transports use: look the method up, validate its input with the
 * contract's schema, call the service, and wrap the outcome in an envelope. Nothing the caller sends
 * can reach the service unvalidated, and no exception escapes to crash the process.
 */
import { fieldMessages, kindIssueMessage } from '../domain/validation';
import { inputSchemas, type ApiResponse, type ServiceImpl } from '../contract/contract';
import { KindredError } from './errors';
import { API_METHODS, type ApiMethod } from '../contract/methods';

const known = new Set<string>(API_METHODS);

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && known.has(name);
}

/** The methods that build files (packs, backups) and so answer with a promise. */
export const ASYNC_METHODS = ['packFile', 'backupNow', 'restoreBackup'] as const satisfies readonly ApiMethod[];
export type AsyncApiMethod = (typeof ASYNC_METHODS)[number];

/**
 * Most methods answer at once (better-sqlite3 is synchronous), which tests and benches rely on when
 * they seed data; the ones in ASYNC_METHODS answer with a promise. Both transports await whatever
 * comes back, so they work with either.
 */
export interface Dispatch {
  (method: AsyncApiMethod, input: unknown): Promise<ApiResponse<unknown>>;
  (method: string, input: unknown): ApiResponse<unknown>;
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

export function createDispatch(service: ServiceImpl, onUnexpected: (err: unknown, method: string) => void = () => {}): Dispatch {
  const dispatch = (method: string, input: unknown): ApiResponse<unknown> | Promise<ApiResponse<unknown>> => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'invalid', message: 'Kindred does not know how to do that.' } };
    }
    const parsed = inputSchemas[method].safeParse(input, { error: kindIssueMessage });
    if (!parsed.success) {
      const fields = fieldMessages(parsed.error);
      const first = Object.values(fields)[0] ?? 'Please check what was entered.';
      return { ok: false, error: { code: 'invalid', message: first, fields } };
    }
    const failed = (err: unknown): ApiResponse<never> => {
      if (err instanceof KindredError) return { ok: false, error: err.toBody() };
      onUnexpected(err, method);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong and that change was not saved. Please try again.' },
      };
    };
    try {
      const fn = service[method] as (i: unknown) => unknown;
      const value = fn.call(service, parsed.data);
      if (isPromise(value)) return value.then((v) => ({ ok: true as const, value: v }), failed);
      return { ok: true, value };
    } catch (err) {
      return failed(err);
    }
  };
  // The overloads only say which methods answer with a promise; the function is the same.
  return dispatch as Dispatch;
}
