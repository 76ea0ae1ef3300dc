import { describe, expect, it } from 'vitest';
import { ExpectedError } from './expected-error';

class UsageError extends ExpectedError {
  constructor(
    message: string,
    readonly exitCode = 125,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

describe('ExpectedError', () => {
  it('is a real Error subclass: instanceof, message, name and fields survive', () => {
    const e = new UsageError('unknown flag: --bogus');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(ExpectedError);
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toBe('unknown flag: --bogus');
    expect(e.exitCode).toBe(125);
    expect(String(e)).toBe('UsageError: unknown flag: --bogus');
  });

  it('captures no stack frames, and leaves the stack limit of other errors as it was', () => {
    const limit = (Error as { stackTraceLimit?: number }).stackTraceLimit;
    const e = new UsageError('x');
    expect(e.stack ?? '').not.toMatch(/\n\s+at /);
    expect((Error as { stackTraceLimit?: number }).stackTraceLimit).toBe(limit);
    expect(new Error('bug').stack).toMatch(/\n\s+at /);
  });
});
