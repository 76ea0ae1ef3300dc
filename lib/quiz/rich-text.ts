/**
 * The small markup quiz text may use: paragraphs (blank-line separated), inline `code`, and fenced
 * ``` code blocks. Parsed into plain data; components/quiz/rich-text.tsx renders it.
 */
export type Inline = { kind: 'text'; text: string } | { kind: 'code'; text: string };
export type Block = { kind: 'paragraph'; inlines: Inline[] } | { kind: 'code'; lang: string; text: string };

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  const re = /(`+)([\s\S]*?[^`])\1(?!`)/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    const code = m[2]!;
    out.push({ kind: 'code', text: code.startsWith(' ') && code.endsWith(' ') && code.trim() ? code.slice(1, -1) : code });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n/g, '\n').split('\n');
  let para: string[] = [];
  const flush = () => {
    const text = para.join(' ').trim();
    if (text) blocks.push({ kind: 'paragraph', inlines: parseInline(text) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*```\s*([\w-]*)/.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
      blocks.push({ kind: 'code', lang: fence[1] ?? '', text: body.join('\n') });
    } else if (line.trim() === '') {
      flush();
    } else {
      para.push(line.trim());
    }
  }
  flush();
  return blocks;
}
