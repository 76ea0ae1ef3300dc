/** For engine tests: the message of the EngineError `fn` throws, or 'no error' when it returns. */
import { EngineError } from './core/errors';

export function engineErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return e.message;
    throw e;
  }
  return 'no error';
}
