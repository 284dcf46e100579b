/** Test helper: the KindredError `fn` throws (anything else is rethrown; no throw fails the test). */
import { KindredError } from '../service/errors';

export function caught(fn: () => unknown): KindredError {
  try {
    fn();
  } catch (err) {
    if (err instanceof KindredError) return err;
    throw err;
  }
  throw new Error('expected a KindredError');
}
