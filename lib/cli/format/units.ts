/**
 * github.com/docker/go-units: sizes (`187MB`, `512MiB`), size parsing (`-m 512m`) and
 * human durations (`About a minute`), with the library's exact rounding and wording.
 */
import { ExpectedError } from '../../expected-error';
import { parseGoFloat } from '../flags/go-strconv';
import { goSprintf } from './go-fmt';
import { formatGoFloat } from './go-float';

const DECIMAL_ABBRS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY_ABBRS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function sizeAndUnit(size: number, base: number, abbrs: readonly string[]): [number, string] {
  let i = 0;
  while (size >= base && i < abbrs.length - 1) {
    size /= base;
    i++;
  }
  return [size, abbrs[i]!];
}

/** units.HumanSizeWithPrecision: decimal units, `%.*g` (e.g. precision 3 for `docker ps -s`). */
export function humanSizeWithPrecision(size: number, precision: number): string {
  // The same few sizes are shown again and again (an image's size on every `docker images`):
  // the exact decimal formatting is kept per size and precision.
  const kept = Number.isInteger(precision) && precision >= 0 && precision < 32 ? (humanSizes[precision] ??= new Map()) : null;
  const hit = kept?.get(size);
  if (hit !== undefined) return hit;
  const [value, unit] = sizeAndUnit(size, 1000, DECIMAL_ABBRS);
  const text = formatGoFloat(value, 'g', precision) + unit;
  if (kept) {
    if (kept.size >= 256) kept.clear();
    kept.set(size, text);
  }
  return text;
}

/** HumanSizeWithPrecision texts by precision, then size (at most 256 sizes each). */
const humanSizes: Map<number, string>[] = [];

/** units.HumanSize: `187MB`, `1.2GB`, `0B`, `10.1kB`. */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** units.BytesSize: binary units, `512MiB`, `1.953GiB`. */
export function bytesSize(size: number): string {
  const [value, unit] = sizeAndUnit(size, 1024, BINARY_ABBRS);
  return formatGoFloat(value, 'g', 4) + unit;
}

/** units.CustomSize(format, size, base, abbrs), e.g. docker stats' `%.2f%s`. */
export function customSize(format: string, size: number, base: 1000 | 1024): string {
  const [value, unit] = sizeAndUnit(size, base, base === 1000 ? DECIMAL_ABBRS : BINARY_ABBRS);
  return goSprintf(format, [value, unit]);
}

export class SizeError extends ExpectedError {
  constructor(message: string) {
    super(message);
    this.name = 'SizeError';
  }
}

const DECIMAL_MULT: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12, p: 1e15 };
const BINARY_MULT: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };

function parseSize(sizeStr: string, mult: Record<string, number>): number {
  let sep = -1;
  for (let i = sizeStr.length - 1; i >= 0; i--) {
    if ('01234567890. '.includes(sizeStr[i]!)) {
      sep = i;
      break;
    }
  }
  if (sep === -1) throw new SizeError(`invalid size: '${sizeStr}'`);
  const num = sizeStr[sep] !== ' ' ? sizeStr.slice(0, sep + 1) : sizeStr.slice(0, sep);
  let sfx = sizeStr.slice(sep + 1);
  let size = parseGoFloat(num); // throws strconv.ParseFloat: parsing "…": invalid syntax
  if (size < 0) throw new SizeError(`invalid size: '${sizeStr}'`);
  if (sfx.length === 0) return Math.trunc(size);
  const badSuffix = () => new SizeError(`invalid suffix: '${sfx}'`);
  if (sfx.length > 3) throw badSuffix();
  sfx = sfx.toLowerCase();
  if (sfx[0] === 'b') {
    if (sfx.length > 1) throw badSuffix();
    return Math.trunc(size);
  }
  const m = mult[sfx[0]!];
  if (m === undefined) throw badSuffix();
  size *= m;
  if ((sfx.length === 2 && sfx[1] !== 'b') || (sfx.length === 3 && sfx.slice(1) !== 'ib')) throw badSuffix();
  return Math.trunc(size);
}

/** units.RAMInBytes: `512m` → 536870912 (binary multiples); errors like `invalid size: 'abc'`. */
export function ramInBytes(size: string): number {
  return parseSize(size, BINARY_MULT);
}

/** units.FromHumanSize: `1.5GB` → 1500000000 (decimal multiples). */
export function fromHumanSize(size: string): number {
  return parseSize(size, DECIMAL_MULT);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** units.HumanDuration for a duration in milliseconds: `Less than a second`, `About an hour`, `3 days`. */
export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / HOUR + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / HOUR / 24 / 365)} years`;
}
