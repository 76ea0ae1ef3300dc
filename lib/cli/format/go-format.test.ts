/**
 * Number, size, duration, JSON and table formatting against Go itself
 * (testing/format-reference.go: fmt, strconv, encoding/json, docker/go-units;
 * testing/tabwriter-reference.go: text/tabwriter with docker's settings).
 */
import { describe, expect, it } from 'vitest';
import { goSprintf, formatValue } from './go-fmt';
import { formatGoFloat } from './go-float';
import { goJsonMarshal, goJsonMarshalIndent } from './go-json';
import { tabwrite } from './tabwriter';
import { bytesSize, fromHumanSize, humanDuration, humanSize, humanSizeWithPrecision, ramInBytes } from './units';
import formatRef from './testing/format-reference.json';
import tabRef from './testing/tabwriter-reference.json';

interface Row {
  fn: string;
  in: number | null;
  out: string;
}

const impl: Record<string, (n: number) => string> = {
  HumanSize: humanSize,
  HumanSizeWithPrecision3: (n) => humanSizeWithPrecision(n, 3),
  BytesSize: bytesSize,
  HumanDuration: (s) => humanDuration(s * 1000),
  '%v': (n) => formatValue(n),
  '%.4g': (n) => goSprintf('%.4g', [n]),
  '%.3g': (n) => goSprintf('%.3g', [n]),
  '%.2f': (n) => goSprintf('%.2f', [n]),
  '%.1f': (n) => goSprintf('%.1f', [n]),
  '%e': (n) => goSprintf('%e', [n]),
  '%.0f': (n) => goSprintf('%.0f', [n]),
  'FormatFloat-f-2': (n) => formatGoFloat(n, 'f', 2),
  json: (n) => goJsonMarshal(n),
};

describe('numbers and sizes as Go prints them', () => {
  // JS numbers do not say whether Go had an int or a float64: whole numbers are printed as Go
  // ints by %v (`123456789`), where Go's float64 %v would switch to `1.23456789e+08`.
  const wholeFloatPrintedAsInt = (r: Row) => r.fn === '%v' && Number.isInteger(r.in) && Math.abs(r.in!) >= 1e6;
  const rows = (formatRef as Row[]).filter((r) => r.fn in impl && !wholeFloatPrintedAsInt(r));
  it.each(rows.map((r) => [`${r.fn}(${r.in})`, r] as const))('%s', (_n, r) => {
    // Go's int formatting of whole floats in %v matches JS numbers, except the sign of zero.
    const input = r.in as number;
    if (r.fn === '%v' && Object.is(input, -0)) return expect(formatValue(input)).toBe('0');
    expect(impl[r.fn]!(input)).toBe(r.out);
  });
});

describe('encoding/json', () => {
  const struct = {
    Zeta: '<a&b>',
    Alpha: 3,
    Tags: [],
    Inner: null,
    M: new Map<string, unknown>([['z', 1], ['a', []], ['m', new Map()], ['u', '\u2028é\x01']]),
  };
  const ref = (fn: string) => (formatRef as Row[]).find((r) => r.fn === fn)!.out;

  it('keeps struct field order, sorts map keys, escapes like json.Marshal', () => {
    expect(goJsonMarshal(struct)).toBe(ref('jsonStruct'));
  });

  it('indents like json.MarshalIndent', () => {
    expect(goJsonMarshalIndent([struct, new Map()], '', '    ')).toBe(ref('jsonIndent'));
  });

  it('does not escape HTML where docker does not (daemon JSON, the json template function)', () => {
    expect(goJsonMarshal({ Cmd: 'a > b && c' }, { escapeHTML: false })).toBe('{"Cmd":"a > b && c"}');
  });

  it('refuses NaN like Go', () => {
    expect(() => goJsonMarshal(NaN)).toThrow('json: unsupported value: NaN');
  });
});

describe('units parsing (docker -m, --shm-size)', () => {
  it.each([
    ['512m', 536870912],
    ['1g', 1073741824],
    ['1.5GB', 1610612736],
    ['100', 100],
    ['10 kb', 10240],
    ['2KiB', 2048],
  ])('RAMInBytes(%s) = %d', (s, n) => expect(ramInBytes(s)).toBe(n));

  it('uses decimal multiples for FromHumanSize', () => expect(fromHumanSize('1.5GB')).toBe(1.5e9));

  it('gives a size the same text every time it is shown, whatever the precision asked before', () => {
    for (const n of [0, 999, 1000, 7_834_567, 187_654_321, 1_234_567_890_123]) {
      const four = humanSize(n);
      const three = humanSizeWithPrecision(n, 3);
      expect([humanSize(n), humanSizeWithPrecision(n, 3), humanSizeWithPrecision(n, 4)]).toEqual([four, three, four]);
    }
    expect([humanSize(7_834_567), humanSizeWithPrecision(7_834_567, 3), humanSize(1_234_567_890_123)]).toEqual(['7.835MB', '7.83MB', '1.235TB']);
  });

  it.each([
    ['abc', "invalid size: 'abc'"],
    ['12x', "invalid suffix: 'x'"],
    ['1kbit', "invalid suffix: 'kbit'"],
    ['-1', "invalid size: '-1'"],
    ['1.5.5g', 'strconv.ParseFloat: parsing "1.5.5": invalid syntax'],
  ])('RAMInBytes(%s) fails: %s', (s, message) => expect(() => ramInBytes(s)).toThrow(message));
});

describe('text/tabwriter with docker settings', () => {
  it.each((tabRef as { in: string; out: string }[]).map((c) => [JSON.stringify(c.in).slice(0, 50), c] as const))('%s', (_n, c) => {
    expect(tabwrite(c.in)).toBe(c.out);
  });

  it('measures East Asian wide characters as two columns, like go-runewidth', () => {
    expect(tabwrite('名前\tx\nab\ty\n')).toBe('名前      x\nab        y\n');
  });
});
