import { describe, expect, it } from 'vitest';
import { parseBlocks, parseInline } from './rich-text';

describe('rich text', () => {
  it('splits inline code from text', () => {
    expect(parseInline('Run `docker ps -a` now')).toEqual([
      { kind: 'text', text: 'Run ' },
      { kind: 'code', text: 'docker ps -a' },
      { kind: 'text', text: ' now' },
    ]);
    expect(parseInline('``a `b` c``')).toEqual([{ kind: 'code', text: 'a `b` c' }]);
    expect(parseInline('a lone ` tick')).toEqual([{ kind: 'text', text: 'a lone ` tick' }]);
  });

  it('makes paragraphs and fenced code blocks', () => {
    const blocks = parseBlocks('What does this print?\n\n```bash\necho "a  b"\nls\n```\nand then\nmore');
    expect(blocks).toEqual([
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'What does this print?' }] },
      { kind: 'code', lang: 'bash', text: 'echo "a  b"\nls' },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'and then more' }] },
    ]);
  });
});
