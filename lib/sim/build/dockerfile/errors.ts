/**
 * Errors of the Dockerfile frontend, carrying BuildKit's exact message and the source lines they
 * point at (1-based, inclusive), so the CLI can print the `Dockerfile:3` excerpt with `>>>`.
 */
export interface LineRange {
  start: number;
  end: number;
}

export class DockerfileError extends Error {
  constructor(
    message: string,
    /** Lines the error points at (several ranges for multi-line instructions). */
    readonly ranges: readonly LineRange[] = [],
  ) {
    super(message);
    this.name = 'DockerfileError';
  }

  /** The same error pointing at other lines (BuildKit's parser.WithLocation keeps the first). */
  at(ranges: readonly LineRange[]): DockerfileError {
    return this.ranges.length > 0 ? this : new DockerfileError(this.message, ranges);
  }

  /** The same location with a prefixed message (`dockerfile parse error on line 3: …`). */
  wrap(prefix: string): DockerfileError {
    return new DockerfileError(prefix + this.message, this.ranges);
  }
}

/** BuildKit's toRanges: one range per line from start to end. */
export function lineRanges(start: number, end: number): LineRange[] {
  const out: LineRange[] = [];
  const last = end <= start ? start : end;
  for (let i = start; i <= last; i++) out.push({ start: i, end: i });
  return out;
}

/** Attach a location to any error thrown by `fn` (plain errors become DockerfileErrors). */
export function located<T>(ranges: readonly LineRange[], fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DockerfileError) throw e.at(ranges);
    if (e instanceof Error) throw new DockerfileError(e.message, ranges);
    throw e;
  }
}
