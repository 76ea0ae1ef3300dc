/**
 * The headings and bullets of a course-notes file, each with its line number: what docs/coverage.md
 * must account for. The notes mix styles, so several shapes count:
 *   headings — Markdown `#` lines; a line underlined with `---`/`===`; a top-level `* Title`; an
 *              ALL-CAPS line; a short title line (≤ 50 characters, no final period) that opens a block
 *              after a blank line;
 *   bullets  — lines starting with `-`, `*`, `•`, `.` or `1.` / `1)` (at any indentation); inside a
 *              fence only `•`, `-`, `*` bullets count (its `#` lines are shell comments).
 * Blank lines, underlines, fence markers, URLs, shell prompts and plain prose are not items.
 */
export interface NoteItem {
  line: number;
  kind: 'heading' | 'bullet';
  text: string;
}

const UNDERLINE = /^\s*(?:-{3,}|={3,})\s*$/;
const BULLET = /^\s*(?:[-*•]|\.|\d{1,2}[.)])\s+(\S.*)$/;
const MD_HEADING = /^\s{0,3}#{1,6}\s+(\S.*)$/;

function isTitle(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > 50) return false;
  if (/^(https?:|\$|`|\||>|\{|\}|\[|\(|#)/.test(trimmed)) return false;
  if (/[.;,]$/.test(trimmed)) return false;
  return /^[A-Za-z0-9]/.test(trimmed);
}

const allCaps = (t: string) => /[A-Z]{3}/.test(t) && !/[a-z]/.test(t.replace(/-->.*$/, '').replace(/\([^)]*\)/g, ''));

export function noteItems(text: string): NoteItem[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const items: NoteItem[] = [];
  let fenced = false;
  lines.forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed.startsWith('```')) fenced = !fenced;
    if (trimmed === '' || UNDERLINE.test(raw) || trimmed.startsWith('```')) return;
    const bullet = BULLET.exec(raw);
    if (fenced) {
      // Inside a fence only bullets are items (`• aufs: …` lists); `#` lines are shell comments.
      if (bullet && /^\s*[•*-]/.test(raw)) items.push({ line: i + 1, kind: 'bullet', text: bullet[1]!.trim() });
      return;
    }
    const next = lines[i + 1] ?? '';
    const prev = i === 0 ? '' : lines[i - 1]!;
    const md = MD_HEADING.exec(raw);
    if (md) return void items.push({ line: i + 1, kind: 'heading', text: md[1]!.trim() });
    if (UNDERLINE.test(next) && !/^\s*[-=]/.test(raw)) return void items.push({ line: i + 1, kind: 'heading', text: trimmed.replace(/^\*\s+/, '') });
    if (/^\*\s+\S/.test(raw)) return void items.push({ line: i + 1, kind: 'heading', text: trimmed.slice(2).trim() });
    if (bullet) return void items.push({ line: i + 1, kind: 'bullet', text: bullet[1]!.trim() });
    if (allCaps(trimmed) && trimmed.length <= 120) return void items.push({ line: i + 1, kind: 'heading', text: trimmed });
    if (isTitle(trimmed) && prev.trim() === '' && next.trim() !== '' && !/^\s/.test(raw)) items.push({ line: i + 1, kind: 'heading', text: trimmed });
  });
  return items;
}
