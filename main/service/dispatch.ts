/**
 * The single entry point both transports use: look the method up, validate its input with the
 * contract's schema, call the service, and wrap the outcome in an envelope. Nothing the caller sends
 * can reach the service unvalidated, and no exception escapes to crash the process.
 */
import { fieldMessages, kindIssueMessage } from '../domain/validation';
import { inputSchemas, type ApiResponse, type ServiceImpl } from './contract';
import { KindredError } from './errors';
import { API_METHODS, type ApiMethod } from './methods';

const known = new Set<string>(API_METHODS);

export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && known.has(name);
}

export type Dispatch = (method: string, input: unknown) => ApiResponse<unknown>;

export function createDispatch(service: ServiceImpl, onUnexpected: (err: unknown, method: string) => void = () => {}): Dispatch {
  return (method, input) => {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'invalid', message: 'Kindred does not know how to do that.' } };
    }
    const parsed = inputSchemas[method].safeParse(input, { error: kindIssueMessage });
    if (!parsed.success) {
      const fields = fieldMessages(parsed.error);
      const first = Object.values(fields)[0] ?? 'Please check what was entered.';
      return { ok: false, error: { code: 'invalid', message: first, fields } };
    }
    try {
      const fn = service[method] as (i: unknown) => unknown;
      return { ok: true, value: fn.call(service, parsed.data) };
    } catch (err) {
      if (err instanceof KindredError) return { ok: false, error: err.toBody() };
      onUnexpected(err, method);
      return {
        ok: false,
        error: { code: 'internal', message: 'Something went wrong and that change was not saved. Please try again.' },
      };
    }
  };
}
