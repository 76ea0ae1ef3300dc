/**
 * The few Go fmt verbs BuildKit uses in image history (`CMD %q`, `VOLUME %v`, `EXPOSE %v`,
 * `HEALTHCHECK %q`), so `docker history --no-trunc` shows exactly what real images show.
 */
import { formatDuration } from '../dockerfile/go-duration';
import type { HealthConfig } from '../../images/types';

const NAMED: Record<string, string> = { '\u0007': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };

function escapeChar(c: string, quote: string): string {
  if (c === quote || c === '\\') return '\\' + c;
  if (NAMED[c]) return NAMED[c]!;
  const code = c.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code >= 0x80 && code < 0xa0) return `\\u${code.toString(16).padStart(4, '0')}`;
  return c;
}

/** strconv.Quote. */
export function goQuote(s: string): string {
  let out = '"';
  for (const c of s) out += escapeChar(c, '"');
  return out + '"';
}

/** strconv.QuoteRune (what `%q` prints for an int). */
export function goQuoteRune(n: number): string {
  return `'${escapeChar(String.fromCodePoint(n), "'")}'`;
}

/** `%q` of a []string: `["/bin/sh" "-c" "npm start"]`. */
export function goQuoteSlice(list: readonly string[] | null): string {
  return `[${(list ?? []).map(goQuote).join(' ')}]`;
}

/** `%v` of a []string: `[/data /logs]`. */
export function goSlice(list: readonly string[]): string {
  return `[${list.join(' ')}]`;
}

/** `%v` of a set (Go prints map keys sorted): `map[3000/tcp:{} 80/tcp:{}]`. */
export function goSet(keys: readonly string[]): string {
  return `map[${[...keys].sort().map((k) => `${k}:{}`).join(' ')}]`;
}

/** `%q` of *HealthcheckConfig (durations through String(), Retries as a rune literal). */
export function goHealthcheck(h: HealthConfig): string {
  const d = (ns: number | undefined) => goQuote(formatDuration(ns ?? 0));
  return `&{${goQuoteSlice(h.Test)} ${d(h.Interval)} ${d(h.Timeout)} ${d(h.StartPeriod)} ${d(h.StartInterval)} ${goQuoteRune(h.Retries ?? 0)}}`;
}
