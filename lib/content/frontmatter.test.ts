import { describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { splitFrontmatter } from './frontmatter';

describe('splitFrontmatter', () => {
  it('separates YAML data from the MDX body', () => {
    const { data, body } = splitFrontmatter('a.mdx', '---\ntitle: Hi\nminutes: 5\n---\n\n# Body\n');
    expect(data).toEqual({ title: 'Hi', minutes: 5 });
    expect(body).toBe('\n# Body\n');
  });

  it('returns no data when there is no frontmatter block', () => {
    expect(splitFrontmatter('a.mdx', '# Just text\n')).toEqual({ data: undefined, body: '# Just text\n' });
  });

  it('handles an empty block and CRLF line endings', () => {
    expect(splitFrontmatter('a.mdx', '---\n---\nbody').body).toBe('body');
    expect(splitFrontmatter('a.mdx', '---\r\ntitle: X\r\n---\r\nbody').data).toEqual({ title: 'X' });
  });

  it('reports an unclosed block', () => {
    expect(() => splitFrontmatter('a.mdx', '---\ntitle: x\n')).toThrow('a.mdx: frontmatter: the opening --- has no closing ---');
  });

  it('reports invalid YAML with the file line', () => {
    try {
      splitFrontmatter('content/x.mdx', '---\ntitle: ok\nobjectives: [a, b\n---\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect((error as Error).message).toMatch(/^content\/x\.mdx: frontmatter: invalid YAML at line \d+/);
    }
  });

  it('rejects duplicate keys', () => {
    expect(() => splitFrontmatter('a.mdx', '---\ntitle: a\ntitle: b\n---\n')).toThrow(/invalid YAML/);
  });
});
