/**
 * Interactive bash's history expansion, the common designators only: `!!` (last command), `!$`
 * (its last word), `!^` (its first argument), `!*` (all its arguments), `!n` / `!-n` (by number),
 * `!prefix` (last command starting so). Not inside single quotes, after a backslash, in `$!`,
 * `${!x}` or `[!…]`; a `!` before a blank, `=`, `(`, `"` or the end stays literal, as in bash 5.
 */

export type HistoryExpansion = { ok: true; text: string; changed: boolean } | { ok: false; error: string };

export function expandHistory(input: string, history: readonly string[]): HistoryExpansion {
  if (!input.includes('!')) return { ok: true, text: input, changed: false };
  let out = '';
  let changed = false;
  let single = false;
  let double = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i] as string;
    if (c === '\\' && !single) {
      out += c + (input[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === "'" && !double) single = !single;
    else if (c === '"' && !single) double = !double;
    // `$!` and `${!name}` are parameters and `[!…]` a glob, not history events.
    if (c !== '!' || single || input[i - 1] === '$' || input[i - 1] === '[' || input.slice(i - 2, i) === '${') {
      out += c;
      continue;
    }
    const rest = input.slice(i + 1);
    const m = /^(!|\$|\^|\*|-?[0-9]+|[A-Za-z_.\/][^\s:;&|()<>"'`-]*)/.exec(rest);
    if (!m) {
      out += c;
      continue;
    }
    const designator = m[1] as string;
    const found = event(designator, history);
    if (found === null) return { ok: false, error: `!${designator}: event not found` };
    out += found;
    changed = true;
    i += designator.length;
  }
  return { ok: true, text: out, changed };
}

function event(designator: string, history: readonly string[]): string | null {
  const last = history[history.length - 1];
  switch (designator) {
    case '!':
      return last ?? null;
    case '$': {
      const w = last === undefined ? [] : words(last);
      return w.length ? (w[w.length - 1] as string) : null;
    }
    case '^': {
      const w = last === undefined ? [] : words(last);
      return w[1] ?? null;
    }
    case '*':
      return last === undefined ? null : words(last).slice(1).join(' ');
  }
  if (/^-?[0-9]+$/.test(designator)) {
    const n = Number(designator);
    const entry = n < 0 ? history[history.length + n] : history[n - 1];
    return entry ?? null;
  }
  for (let i = history.length - 1; i >= 0; i--) if ((history[i] as string).startsWith(designator)) return history[i] as string;
  return null;
}

/** Rough shell words of a history line (quotes kept), enough for !$ and !^. */
function words(line: string): string[] {
  return line.match(/(?:[^\s'"]+|'[^']*'|"(?:\\.|[^"])*")+/g) ?? [];
}
