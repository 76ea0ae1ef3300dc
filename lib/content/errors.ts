/**
 * Authoring mistakes in content/ surface as a ContentError: one message that names the file and the
 * field, e.g. `content/02-images/03-tags.mdx: frontmatter.minutes: expected a number, got "ten"`.
 * `next build` and the content unit test both fail with this text.
 */
export class ContentError extends Error {
  constructor(
    /** Path relative to the project root, e.g. `content/02-images/03-tags.mdx`. */
    readonly file: string,
    /** One problem per entry, each already formatted as `field: what is wrong`. */
    readonly problems: readonly string[],
  ) {
    super(problems.map((p) => `${file}: ${p}`).join('\n'));
    this.name = 'ContentError';
  }
}

/** Short, readable rendering of a value an author wrote (`"ten"`, `12`, `[…]`). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
