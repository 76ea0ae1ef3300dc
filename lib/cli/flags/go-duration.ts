/**
 * Go's time.ParseDuration and time.Duration.String(). Durations are nanoseconds held in a JS number
 * (exact up to ~104 days, which is plenty for CLI flags).
 */
import { ExpectedError } from '../../expected-error';
import { goQuote } from './go-strconv';

export class DurationError extends ExpectedError {
  constructor(message: string) {
    super(message);
    this.name = 'DurationError';
  }
}

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  'µs': 1_000n, // U+00B5 micro sign
  'μs': 1_000n, // U+03BC Greek mu
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const MAX = 1n << 63n;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/** time.ParseDuration: `1m30s`, `1.5h`, `-2ms`, `300ms`; errors worded like Go's. */
export function parseGoDuration(orig: string): number {
  const invalid = () => new DurationError(`time: invalid duration ${goQuote(orig)}`);
  let s = orig;
  let neg = false;
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  if (s === '0') return 0;
  if (s === '') throw invalid();
  let total = 0n;
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) throw invalid();
    let i = 0;
    let v = 0n;
    while (isDigit(s[i])) {
      v = v * 10n + BigInt(s.charCodeAt(i) - 48);
      if (v > MAX) throw invalid();
      i++;
    }
    const pre = i > 0;
    s = s.slice(i);
    let frac = 0n;
    let scale = 1;
    let post = false;
    if (s[0] === '.') {
      s = s.slice(1);
      let j = 0;
      let overflow = false;
      while (isDigit(s[j])) {
        if (!overflow) {
          const next = frac * 10n + BigInt(s.charCodeAt(j) - 48);
          if (next > MAX) overflow = true;
          else {
            frac = next;
            scale *= 10;
          }
        }
        j++;
      }
      post = j > 0;
      s = s.slice(j);
    }
    if (!pre && !post) throw invalid();
    let u = 0;
    while (u < s.length && !(s[u] === '.' || isDigit(s[u]))) u++;
    if (u === 0) throw new DurationError(`time: missing unit in duration ${goQuote(orig)}`);
    const unitName = s.slice(0, u);
    s = s.slice(u);
    const unit = UNITS[unitName];
    if (unit === undefined) {
      throw new DurationError(`time: unknown unit ${goQuote(unitName)} in duration ${goQuote(orig)}`);
    }
    if (v > MAX / unit) throw invalid();
    v *= unit;
    if (frac > 0n) {
      v += BigInt(Math.trunc(Number(frac) * (Number(unit) / scale)));
      if (v > MAX) throw invalid();
    }
    total += v;
    if (total > MAX) throw invalid();
  }
  if (neg) return -Number(total);
  if (total > MAX - 1n) throw invalid();
  return Number(total);
}

function fmtFrac(v: bigint, prec: number): { text: string; rest: bigint } {
  let text = '';
  let printed = false;
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n;
    printed = printed || digit !== 0n;
    if (printed) text = digit.toString() + text;
    v /= 10n;
  }
  return { text: printed ? '.' + text : '', rest: v };
}

/** time.Duration.String(): `0s`, `1.5µs`, `1m30s`, `36h0m0.005s`. */
export function formatGoDuration(ns: number): string {
  let u = BigInt(Math.trunc(ns));
  const neg = u < 0n;
  if (neg) u = -u;
  let out: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    let prec: number;
    let unit: string;
    if (u < 1_000n) {
      prec = 0;
      unit = 'ns';
    } else if (u < 1_000_000n) {
      prec = 3;
      unit = 'µs';
    } else {
      prec = 6;
      unit = 'ms';
    }
    const { text, rest } = fmtFrac(u, prec);
    out = rest.toString() + text + unit;
  } else {
    const { text, rest } = fmtFrac(u, 9);
    let v = rest;
    out = (v % 60n).toString() + text + 's';
    v /= 60n;
    if (v > 0n) {
      out = (v % 60n).toString() + 'm' + out;
      v /= 60n;
      if (v > 0n) out = v.toString() + 'h' + out;
    }
  }
  return neg ? '-' + out : out;
}
