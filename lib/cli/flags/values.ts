/**
 * Flag builders (`f.bool`, `f.string`, `f.int`, …) with pflag's and docker's value semantics:
 * Go number syntax and errors, stringArray (repeatable) vs stringSlice (comma-split CSV),
 * docker's ListOpts with validators, filters, byte sizes (`-m 512m`) and `--cpus 1.5`.
 */
import { bytesSize, ramInBytes } from '../format/units';
import { formatGoDuration, parseGoDuration } from './go-duration';
import { readCsvRecord, writeCsvRecord } from './go-csv';
import { parseGoBool, parseGoFloat, parseGoInt, parseGoUint } from './go-strconv';
import type { FlagSpec, FlagValue, ParseEnv } from './types';

/** The common fields of every builder. */
export interface FlagOptions {
  name?: string;
  short?: string;
  usage: string;
  hidden?: boolean;
  deprecated?: string;
  shorthandDeprecated?: string;
  annotations?: Readonly<Record<string, string>>;
}

/** Docker's ValidatorFctType: returns the (possibly rewritten) value or throws with the message. */
export type Validator = (value: string, env: ParseEnv) => string;

/** A single value (pflag's boolValue, stringValue, intValue…): set replaces it. */
class ScalarValue<T> implements FlagValue<T> {
  constructor(
    private value: T,
    private readonly parse: (raw: string) => T,
    private readonly show: (v: T) => string,
  ) {}
  set(raw: string): void {
    this.value = this.parse(raw);
  }
  get(): T {
    return this.value;
  }
  toString(): string {
    return this.show(this.value);
  }
}

function scalar<T>(
  opts: FlagOptions,
  type: string,
  initial: T,
  parse: (raw: string) => T,
  show: (v: T) => string,
  noOptDefVal?: string,
): FlagSpec<T> {
  return {
    ...opts,
    type,
    noOptDefVal,
    initial,
    create: () => new ScalarValue(initial, parse, show),
  };
}

/** Bool flag: `--rm`, `--rm=false`, `-d` (NoOptDefVal "true"). */
export const bool = (o: FlagOptions & { default?: boolean }) =>
  scalar(o, 'bool', o.default ?? false, parseGoBool, String, 'true');

/** String flag. `noOptDefVal` lets `--flag` alone mean that value. */
export const string = (o: FlagOptions & { default?: string; noOptDefVal?: string }) =>
  scalar(o, 'string', o.default ?? '', (s) => s, (s) => s, o.noOptDefVal);

type Bits = 8 | 16 | 32 | 64;

/** Signed integer flag, Go syntax (`0x10`, `1_000`). Type name `int`, or `int64`/`int32`/… with bits. */
export const int = (o: FlagOptions & { default?: number; bits?: Bits }) =>
  scalar(o, o.bits ? `int${o.bits}` : 'int', o.default ?? 0, (s) => parseGoInt(s, o.bits ?? 64), String);

/** Unsigned integer flag (`uint`, `uint16`, …). */
export const uint = (o: FlagOptions & { default?: number; bits?: Bits }) =>
  scalar(o, o.bits ? `uint${o.bits}` : 'uint', o.default ?? 0, (s) => parseGoUint(s, o.bits ?? 64), String);

/** float64 flag (shown as `float` in help). */
export const float = (o: FlagOptions & { default?: number }) =>
  scalar(o, 'float64', o.default ?? 0, parseGoFloat, String);

/** Go duration flag (`1m30s`); the value is in nanoseconds. */
export const duration = (o: FlagOptions & { default?: number }) =>
  scalar(o, 'duration', o.default ?? 0, parseGoDuration, formatGoDuration);

/** Count flag: `-v -v` or `-vv` → 2, `--v=5` → 5. */
export function count(o: FlagOptions): FlagSpec<number> {
  return {
    ...o,
    type: 'count',
    noOptDefVal: '+1',
    initial: 0,
    create() {
      let n = 0;
      return { set: (raw) => void (n = raw === '+1' ? n + 1 : parseGoInt(raw)), get: () => n, toString: () => String(n) };
    },
  };
}

/** stringArray / stringSlice: the first set replaces the default, later ones append. */
class ListValue implements FlagValue<string[]> {
  private values: string[];
  private changed = false;
  constructor(
    initial: readonly string[],
    private readonly split: (raw: string) => string[],
    private readonly show: (v: string[]) => string,
  ) {
    this.values = initial.length === 0 ? [] : [...initial];
  }
  set(raw: string): void {
    const items = this.split(raw);
    this.values = this.changed ? [...this.values, ...items] : items;
    this.changed = true;
  }
  get(): string[] {
    return this.values;
  }
  toString(): string {
    return this.show(this.values);
  }
}

function listLike(o: FlagOptions, type: string, initial: readonly string[], split: (raw: string) => string[], show: (v: string[]) => string): FlagSpec<string[]> {
  return { ...o, type, create: () => new ListValue(initial, split, show), fresh: () => (initial.length === 0 ? [] : [...initial]) };
}

/** pflag stringArray: repeatable, each occurrence one value (no comma split). */
export const stringArray = (o: FlagOptions & { default?: readonly string[] }) =>
  listLike(o, 'stringArray', o.default ?? [], (raw) => [raw], (v) => `[${writeCsvRecord(v)}]`);

/** pflag stringSlice: repeatable and comma-separated (CSV quoting). Shown as `strings`. */
export const stringSlice = (o: FlagOptions & { default?: readonly string[] }) =>
  listLike(o, 'stringSlice', o.default ?? [], readCsvRecord, (v) => `[${writeCsvRecord(v)}]`);

/** Docker's ListOpts values: each occurrence appended after the validator (which may rewrite it). */
class ListOptsValue implements FlagValue<string[]> {
  private readonly values: string[] = [];
  constructor(private readonly validator: Validator | undefined) {}
  set(raw: string, env: ParseEnv): void {
    this.values.push(this.validator ? this.validator(raw, env) : raw);
  }
  get(): string[] {
    return this.values;
  }
  toString(): string {
    return this.values.length === 0 ? '' : `[${this.values.join(' ')}]`;
  }
}

/** Docker's ListOpts (`-e`, `-p`, `-v`, `--label`…): repeatable, optional validator. Type `list`. */
export function list(o: FlagOptions & { validator?: Validator; type?: string }): FlagSpec<string[]> {
  return { ...o, type: o.type ?? 'list', create: () => new ListOptsValue(o.validator), fresh: () => [] };
}

/** Docker's MapOpts (`--sysctl k=v`, `--opt`): later keys win. Type `map`. */
export function map(o: FlagOptions & { validator?: Validator }): FlagSpec<Record<string, string>> {
  return {
    ...o,
    type: 'map',
    fresh: () => ({}),
    create() {
      const values: Record<string, string> = {};
      return {
        set(raw, env) {
          const v = o.validator ? o.validator(raw, env) : raw;
          const eq = v.indexOf('=');
          values[eq < 0 ? v : v.slice(0, eq)] = eq < 0 ? '' : v.slice(eq + 1);
        },
        get: () => values,
        toString: () => 'map[' + Object.keys(values).sort().map((k) => `${k}:${values[k]}`).join(' ') + ']',
      };
    },
  };
}

/** `--filter key=value`, repeatable; keys lower-cased and trimmed as docker does. */
export type FilterArgs = Record<string, string[]>;

export function filter(o: FlagOptions): FlagSpec<FilterArgs> {
  return {
    ...o,
    type: 'filter',
    fresh: () => ({}),
    create() {
      const args: FilterArgs = {};
      return {
        set(raw) {
          if (raw === '') return;
          const eq = raw.indexOf('=');
          if (eq < 0) throw new Error('bad format of filter (expected name=value)');
          const key = raw.slice(0, eq).trim().toLowerCase();
          const value = raw.slice(eq + 1).trim();
          const vals = (args[key] ??= []);
          if (!vals.includes(value)) vals.push(value);
        },
        get: () => args,
        toString: () =>
          Object.keys(args).length === 0
            ? ''
            : JSON.stringify(Object.fromEntries(Object.entries(args).map(([k, v]) => [k, Object.fromEntries(v.map((x) => [x, true]))]))),
      };
    },
  };
}

/** Docker's MemBytes (`-m 512m`, `--shm-size 1g`): RAMInBytes, type `bytes`. `allowMinusOne` = MemSwapBytes. */
export const bytes = (o: FlagOptions & { default?: number; allowMinusOne?: boolean }) =>
  scalar(o, 'bytes', o.default ?? 0, (s) => (o.allowMinusOne && s === '-1' ? -1 : ramInBytes(s)), (n) => (n !== 0 ? bytesSize(n) : '0'));

/** Docker's NanoCPUs (`--cpus 1.5` → 1500000000), type `decimal`. */
export const nanoCpus = (o: FlagOptions) => scalar(o, 'decimal', 0, parseCpus, (n) => (n === 0 ? '' : (n / 1e9).toFixed(3)));

/** opts.ParseCPUs: a rational number with at most 9 decimals, in nano-CPUs. */
export function parseCpus(value: string): number {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(value);
  const frac = /^([+-]?\d+)\/(\d+)$/.exec(value);
  if (frac) {
    const nano = (BigInt(frac[1]!) * 1_000_000_000n);
    const den = BigInt(frac[2]!);
    if (den === 0n) throw new Error(`failed to parse ${value} as a rational number`);
    if (nano % den !== 0n) throw new Error('value is too precise');
    return Number(nano / den);
  }
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new Error(`failed to parse ${value} as a rational number`);
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const scale = (m[3] ?? '').length - Number(m[4] ?? 0) - 9; // value = digits × 10^-scale × 1e9
  let n = BigInt(digits === '' ? '0' : digits);
  if (scale > 0) {
    const div = 10n ** BigInt(scale);
    if (n % div !== 0n) throw new Error('value is too precise');
    n /= div;
  } else n *= 10n ** BigInt(-scale);
  return Number(m[1] === '-' ? -n : n);
}

/** Any other docker value type (`mount`, `ulimit`, `network`, `gpu-request`…). */
export function custom<T>(o: FlagOptions & { type: string; noOptDefVal?: string; create: () => FlagValue<T>; fresh?: () => T }): FlagSpec<T> {
  return { ...o };
}
