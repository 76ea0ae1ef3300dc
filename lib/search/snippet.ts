/**
 * A short quote of a result's text around the first matched term, split into plain and highlighted
 * parts. The UI renders the parts as text nodes and <mark> elements (never as HTML), so nothing in the
 * content or the query can inject markup.
 */
export interface SnippetPart {
  text: string;
  hit: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `terms` are the index terms that matched (MiniSearch gives them lower-cased, possibly prefixes of
 * longer words); every word of the text starting with one of them is highlighted.
 */
export function snippet(text: string, terms: readonly string[], width = 160): SnippetPart[] {
  const clean = terms.filter((t) => t.length > 0);
  if (clean.length === 0) return [{ text: text.slice(0, width) + (text.length > width ? '…' : ''), hit: false }];
  const words = new RegExp(`(?<![\\p{L}\\p{N}])(?:${clean.map(escapeRegExp).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const first = words.exec(text);
  words.lastIndex = 0;
  let start = first ? Math.max(0, first.index - Math.floor(width / 3)) : 0;
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < (first?.index ?? start)) start = space + 1;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > start + width / 2) end = space;
  }
  const window = text.slice(start, end);
  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: '…', hit: false });
  let at = 0;
  for (const m of window.matchAll(words)) {
    if (m.index > at) parts.push({ text: window.slice(at, m.index), hit: false });
    parts.push({ text: m[0], hit: true });
    at = m.index + m[0].length;
  }
  if (at < window.length) parts.push({ text: window.slice(at), hit: false });
  if (end < text.length) parts.push({ text: '…', hit: false });
  return parts;
}

/** The whole text with matched words highlighted (for result titles). */
export function highlight(text: string, terms: readonly string[]): SnippetPart[] {
  return snippet(text, terms, Number.MAX_SAFE_INTEGER);
}
