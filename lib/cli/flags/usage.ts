/**
 * pflag's FlagUsagesWrapped: the aligned `Options:` block of help output, with type names,
 * `(default …)` only for non-zero defaults, and word wrapping at the terminal width.
 */
import type { FlagDef } from './types';
import { goQuote } from './go-strconv';

/** UnquoteUsage: a back-quoted word in the usage names the value; else the type name. */
export function unquoteUsage(def: FlagDef): { varname: string; usage: string } {
  const usage = def.usage;
  const first = usage.indexOf('`');
  if (first >= 0) {
    const second = usage.indexOf('`', first + 1);
    if (second >= 0) {
      const name = usage.slice(first + 1, second);
      return { varname: name, usage: usage.slice(0, first) + name + usage.slice(second + 1) };
    }
  }
  const names: Record<string, string> = { bool: '', float64: 'float', int64: 'int', uint64: 'uint', stringSlice: 'strings', intSlice: 'ints', uintSlice: 'uints', boolSlice: 'bools' };
  const varname = names[def.type] ?? def.type;
  return { varname, usage };
}

const ZERO_BY_TYPE: Record<string, readonly string[]> = {
  bool: ['false'],
  duration: ['0', '0s'],
  string: [''],
  stringSlice: ['[]'],
  stringArray: ['[]'],
  intSlice: ['[]'],
};
const NUMERIC = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'count', 'float32', 'float64']);

function defaultIsZero(type: string, defValue: string): boolean {
  const zeros = ZERO_BY_TYPE[type];
  if (zeros) return zeros.includes(defValue);
  if (NUMERIC.has(type)) return defValue === '0';
  return ['false', '<nil>', '', '0'].includes(defValue);
}

function wrapN(i: number, slop: number, s: string): [string, string] {
  if (i + slop > s.length) return [s, ''];
  const head = s.slice(0, i);
  const w = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (w <= 0) return [s, ''];
  const nl = head.lastIndexOf('\n');
  if (nl > 0 && nl < w) return [s.slice(0, nl), s.slice(nl + 1)];
  return [s.slice(0, w), s.slice(w + 1)];
}

/** pflag's wrap(i, w, s): indent continuation lines by i, wrap at width w. */
function wrap(i: number, w: number, s: string): string {
  if (w === 0) return s.replaceAll('\n', '\n' + ' '.repeat(i));
  let width = w - i;
  let r = '';
  if (width < 24) {
    i = 16;
    width = w - i;
    r += '\n' + ' '.repeat(i);
  }
  if (width < 24) return s.replaceAll('\n', r);
  const slop = 5;
  width -= slop;
  let [line, rest] = wrapN(width, slop, s);
  r += line.replaceAll('\n', '\n' + ' '.repeat(i));
  while (rest !== '') {
    [line, rest] = wrapN(width, slop, rest);
    r += '\n' + ' '.repeat(i) + line.replaceAll('\n', '\n' + ' '.repeat(i));
  }
  return r;
}

/** The flag lines, one per visible flag, wrapped to `cols` (docker uses terminal width − 1). */
export function flagUsagesWrapped(defs: readonly FlagDef[], cols: number): string {
  const lines: string[] = [];
  let maxlen = 0;
  for (const def of defs) {
    let line = def.short && !def.shorthandDeprecated ? `  -${def.short}, --${def.name}` : `      --${def.name}`;
    const { varname, usage } = unquoteUsage(def);
    if (varname !== '') line += ' ' + varname;
    if (def.noOptDefVal !== undefined) {
      if (def.type === 'string') line += `[="${def.noOptDefVal}"]`;
      else if (def.type === 'bool') {
        if (def.noOptDefVal !== 'true') line += `[=${def.noOptDefVal}]`;
      } else if (def.type === 'count') {
        if (def.noOptDefVal !== '+1') line += `[=${def.noOptDefVal}]`;
      } else line += `[=${def.noOptDefVal}]`;
    }
    line += '\x00';
    maxlen = Math.max(maxlen, line.length);
    line += usage;
    const defValue = def.create().toString();
    if (!defaultIsZero(def.type, defValue)) line += def.type === 'string' ? ` (default ${goQuote(defValue)})` : ` (default ${defValue})`;
    if (def.deprecated) line += ` (DEPRECATED: ${def.deprecated})`;
    lines.push(line);
  }
  let out = '';
  for (const line of lines) {
    const sidx = line.indexOf('\x00');
    const spacing = ' '.repeat(maxlen - sidx);
    out += line.slice(0, sidx) + ' ' + spacing + ' ' + wrap(maxlen + 2, cols, line.slice(sidx + 1)) + '\n';
  }
  return out;
}
