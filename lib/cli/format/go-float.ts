/**
 * Go's float formatting (strconv.FormatFloat with 'e', 'f', 'g'), including Go's exact
 * round-half-to-even on the binary value: `%.4g` of 12345 is `1.234e+04`, `%.1f` of 2.25 is `2.2`
 * (JavaScript's toPrecision/toFixed would round those up).
 */

/** A decimal digit string `digits` with the decimal point after `dp` digits (0.digits × 10^dp). */
interface Decimal {
  digits: string;
  dp: number;
}

/** The exact decimal expansion of a positive finite double. */
function exactDecimal(x: number): Decimal {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (mant === 0n) return { digits: '', dp: 0 };
  let digits: string;
  let dp: number;
  if (exp >= 0) {
    digits = (mant << BigInt(exp)).toString();
    dp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-exp)).toString();
    dp = digits.length + exp;
  }
  return trim({ digits, dp });
}

function trim(d: Decimal): Decimal {
  let end = d.digits.length;
  while (end > 0 && d.digits[end - 1] === '0') end--;
  return { digits: d.digits.slice(0, end), dp: end === 0 ? 0 : d.dp };
}

/** Round to `n` significant digits, half to even (the input is exact). */
function roundTo(d: Decimal, n: number): Decimal {
  if (n < 0 || d.digits.length <= n) return d;
  if (n === 0 && d.digits.length === 0) return d;
  const rest = d.digits.slice(n);
  const first = rest.charCodeAt(0) - 48;
  const exactHalf = first === 5 && /^50*$/.test(rest);
  const prev = n > 0 ? d.digits.charCodeAt(n - 1) - 48 : 0;
  const up = first > 5 || (first === 5 && !exactHalf) || (exactHalf && prev % 2 === 1);
  if (!up) return trim({ digits: d.digits.slice(0, n), dp: d.dp });
  const kept = d.digits.slice(0, n);
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', dp: d.dp + 1 };
  return trim({ digits: kept.slice(0, i) + String.fromCharCode(kept.charCodeAt(i) + 1), dp: d.dp });
}

/** The shortest digits that round-trip (what Go's %v and JS's toString both produce). */
function shortest(x: number): Decimal {
  const [mant = '0', e = '0'] = x.toExponential().split('e');
  const digits = mant.replace('.', '');
  return trim({ digits, dp: Number(e) + 1 });
}

const digitAt = (d: Decimal, i: number) => (i >= 0 && i < d.digits.length ? d.digits[i]! : '0');

function fmtE(d: Decimal, prec: number, upper: boolean): string {
  let out = digitAt(d, 0);
  if (prec > 0) {
    out += '.';
    for (let i = 1; i <= prec; i++) out += digitAt(d, i);
  }
  const exp = d.digits.length === 0 ? 0 : d.dp - 1;
  const abs = Math.abs(exp);
  return out + (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (abs < 10 ? '0' : '') + abs;
}

function fmtF(d: Decimal, prec: number): string {
  let out = '';
  if (d.dp > 0) for (let i = 0; i < d.dp; i++) out += digitAt(d, i);
  else out = '0';
  if (prec > 0) {
    out += '.';
    for (let i = 0; i < prec; i++) out += digitAt(d, d.dp + i);
  }
  return out;
}

/**
 * strconv.FormatFloat(x, verb, prec, 64) for verb e/E/f/F/g/G; prec -1 means shortest.
 * Special values print as Go does: `NaN`, `+Inf`, `-Inf`.
 */
export function formatGoFloat(x: number, verb: 'e' | 'E' | 'f' | 'F' | 'g' | 'G', prec: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  const neg = x < 0 || Object.is(x, -0);
  const abs = Math.abs(x);
  const sign = neg ? '-' : '';
  const isShortest = prec < 0;
  let d: Decimal;
  const lower = verb.toLowerCase();
  if (isShortest) {
    d = abs === 0 ? { digits: '', dp: 0 } : shortest(abs);
    prec = lower === 'e' ? Math.max(d.digits.length - 1, 0) : lower === 'f' ? Math.max(d.digits.length - d.dp, 0) : d.digits.length;
  } else {
    const exact = abs === 0 ? { digits: '', dp: 0 } : exactDecimal(abs);
    if (lower === 'e') d = roundTo(exact, prec + 1);
    else if (lower === 'f') d = roundTo(exact, exact.dp + prec);
    else {
      if (prec === 0) prec = 1;
      d = roundTo(exact, prec);
    }
  }
  if (lower === 'e') return sign + fmtE(d, prec, verb === 'E');
  if (lower === 'f') return sign + fmtF(d, prec);
  let eprec = prec;
  if (eprec > d.digits.length && d.digits.length >= d.dp) eprec = d.digits.length;
  if (isShortest) eprec = 6;
  const exp = d.dp - 1;
  if (d.digits.length > 0 && (exp < -4 || exp >= eprec)) {
    const p = prec > d.digits.length ? d.digits.length : prec;
    return sign + fmtE(d, p - 1, verb === 'G');
  }
  const p = prec > d.dp ? d.digits.length : prec;
  return sign + fmtF(d, Math.max(p - d.dp, 0));
}
