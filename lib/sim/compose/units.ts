/**
 * Value parsers compose-go relies on: Go durations (str2duration: `1m30s`, `500ms`, `1d`, `2w`)
 * printed as Go's Duration.String, docker/go-units RAMInBytes (`512m`, `1.5G`, `2GiB`), and
 * go-shellwords' split of a command string (`sh -c 'echo hi'`).
 */
import { ComposeError } from './errors';

const UNIT_NS: Record<string, number> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9, d: 86400e9, w: 604800e9 };
const DURATION_PART = /^(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h|d|w)/;

/** Nanoseconds of a duration string, or throws `time: invalid duration "x"`. */
export function parseGoDuration(raw: string): number {
  let s = raw;
  let sign = 1;
  if (s.startsWith('-') || s.startsWith('+')) {
    sign = s[0] === '-' ? -1 : 1;
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw new ComposeError(`time: invalid duration ${JSON.stringify(raw)}`);
  let total = 0;
  while (s !== '') {
    const m = DURATION_PART.exec(s);
    if (!m) {
      if (/^\d+(\.\d*)?$/.test(s)) throw new ComposeError(`time: missing unit in duration ${JSON.stringify(raw)}`);
      throw new ComposeError(`time: invalid duration ${JSON.stringify(raw)}`);
    }
    total += Number(m[1]) * UNIT_NS[m[2]!]!;
    s = s.slice(m[0].length);
  }
  return sign * Math.round(total);
}

function fraction(v: number, digits: number): string {
  const s = String(v).padStart(digits, '0').replace(/0+$/, '');
  return s === '' ? '' : '.' + s;
}

/** Go's time.Duration.String for nanoseconds. */
export function formatGoDuration(ns: number): string {
  if (ns === 0) return '0s';
  const neg = ns < 0;
  let u = Math.abs(Math.round(ns));
  let out: string;
  if (u < 1e9) {
    if (u < 1e3) out = `${u}ns`;
    else if (u < 1e6) out = `${Math.floor(u / 1e3)}${fraction(u % 1e3, 3)}µs`;
    else out = `${Math.floor(u / 1e6)}${fraction(u % 1e6, 6)}ms`;
  } else {
    const frac = u % 1e9;
    u = Math.floor(u / 1e9);
    out = `${u % 60}${fraction(frac, 9)}s`;
    u = Math.floor(u / 60);
    if (u > 0) {
      out = `${u % 60}m${out}`;
      u = Math.floor(u / 60);
      if (u > 0) out = `${u}h${out}`;
    }
  }
  return neg ? '-' + out : out;
}

/** Normalise a duration to Go's printing (`90s` → `1m30s`). */
export const normalizeDuration = (raw: string) => formatGoDuration(parseGoDuration(raw));

const RAM = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const BINARY: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4, p: 1024 ** 5 };

/** go-units RAMInBytes. */
export function ramInBytes(raw: string): number {
  const m = RAM.exec(raw);
  if (!m) throw new ComposeError(`invalid size: '${raw}'`);
  const mult = m[2] ? BINARY[m[2].toLowerCase()]! : 1;
  return Math.trunc(Number(m[1]) * mult);
}

/** go-shellwords Parse (no variable or backtick expansion). */
export function shellSplit(line: string): string[] {
  const args: string[] = [];
  let buf = '';
  let has = false;
  let quote: '"' | "'" | null = null;
  let escaped = false;
  for (const c of line) {
    if (escaped) {
      buf += c;
      escaped = false;
      has = true;
      continue;
    }
    if (c === '\\' && quote !== "'") {
      escaped = true;
      continue;
    }
    if (quote) {
      if (c === quote) quote = null;
      else buf += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      has = true;
      continue;
    }
    if (/\s/.test(c)) {
      if (has) args.push(buf);
      buf = '';
      has = false;
      continue;
    }
    buf += c;
    has = true;
  }
  if (quote || escaped) throw new ComposeError('invalid command line string');
  if (has) args.push(buf);
  return args;
}
