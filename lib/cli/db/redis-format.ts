/**
 * How redis-cli prints a reply: on a terminal quoted strings, `(integer) 1`, `(nil)`,
 * `(error) …` and numbered, indented array items; otherwise raw (the bytes, one per line, an
 * empty line for nil). INFO is always raw.
 */
import type { Reply } from '../../sim/db/redis-commands';

/** A string as redis-cli quotes it (sdscatrepr): `"a\nb"`, `\xHH` for other control bytes. */
export function quoteRepr(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch === '\\' || ch === '"') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\x07') out += '\\a';
    else if (ch === '\b') out += '\\b';
    else if (code < 32 || code === 127) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + '"';
}

export function formatTty(r: Reply, prefix = ''): string {
  switch (r.k) {
    case 'error':
      return `(error) ${r.s}\n`;
    case 'status':
      return `${r.s}\n`;
    case 'int':
      return `(integer) ${r.n}\n`;
    case 'bulk':
      return r.s === null ? '(nil)\n' : `${quoteRepr(r.s)}\n`;
    case 'array': {
      if (r.items.length === 0) return '(empty array)\n';
      const width = String(r.items.length).length;
      const inner = prefix + ' '.repeat(width + 2);
      return r.items.map((item, i) => `${i === 0 ? '' : prefix}${String(i + 1).padStart(width)}) ${formatTty(item, inner)}`).join('');
    }
  }
}

export function formatRaw(r: Reply): string {
  switch (r.k) {
    case 'error':
    case 'status':
      return r.s;
    case 'int':
      return String(r.n);
    case 'bulk':
      return r.s ?? '';
    case 'array':
      return r.items.map(formatRaw).join('\n');
  }
}

/** The text for one reply in the client's output mode (`raw`: not a terminal, or --raw). */
export function formatReply(r: Reply, raw: boolean, command: string): string {
  if (command.toLowerCase() === 'info' && r.k === 'bulk' && r.s !== null) return r.s;
  return raw ? formatRaw(r) + '\n' : formatTty(r);
}
