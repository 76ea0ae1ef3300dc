/**
 * Base class for errors that are expected outcomes rather than bugs: a usage error, an unknown
 * flag, a shell syntax error, a missing object. They are thrown and caught as typed control flow
 * and shown by their message only, so they skip the stack trace a plain Error captures when it is
 * constructed (about 10 µs per throw from deep in the simulator, and never printed for them).
 * A leaf with no imports: every layer (shell, sim, cli) may extend it.
 */
type V8ErrorConstructor = ErrorConstructor & { stackTraceLimit?: number };

export class ExpectedError extends Error {
  constructor(message: string) {
    const ctor = Error as V8ErrorConstructor;
    const limit = ctor.stackTraceLimit;
    // V8 reads the limit when the error is created; engines without it keep their default.
    if (typeof limit === 'number') ctor.stackTraceLimit = 0;
    try {
      super(message);
    } finally {
      if (typeof limit === 'number') ctor.stackTraceLimit = limit;
    }
  }
}
