import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './snippet';

const join = (parts: ReturnType<typeof snippet>) => parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

describe('snippet', () => {
  it('highlights every word that starts with a matched term, case-insensitively', () => {
    expect(join(snippet('Volumes outlive containers; a volume is named.', ['volume']))).toBe('[Volumes] outlive containers; a [volume] is named.');
  });

  it('quotes a window around the first hit, cut at word boundaries, with ellipses', () => {
    const text = `${'alpha '.repeat(40)}the prune command removes unused volumes ${'omega '.repeat(40)}`;
    const out = join(snippet(text, ['prune'], 60));
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    expect(out).toContain('[prune] command');
    expect(out.length).toBeLessThan(70);
  });

  it('does not highlight a term inside another word', () => {
    expect(join(snippet('run the runner; rerun it', ['run']))).toBe('[run] the [runner]; rerun it');
  });

  it('treats terms as text, not patterns', () => {
    expect(join(snippet('use -p (publish) or .* globs', ['(publish', '.*']))).toBe('use -p [(publish]) or [.*] globs');
  });

  it('highlights a whole title without cutting it', () => {
    const title = `What does docker volume prune remove ${'by default '.repeat(20)}?`;
    expect(join(highlight(title, ['prune']))).toBe(title.replace('prune', '[prune]'));
  });

  it('starts at the beginning when nothing matches', () => {
    expect(snippet('short text', [])).toEqual([{ text: 'short text', hit: false }]);
  });
});
