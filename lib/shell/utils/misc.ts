/**
 * Small utilities: base64 seq yes basename dirname readlink realpath true false.
 */
import { basename as baseOf, dirname as dirOf, resolvePath } from '../../sim/fs/path';
import type { Cmd } from '../context';
import { abs, fail, parseArgs, readInputs, usageError } from './common';
import { lq } from './fileops';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function utf8Bytes(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

export function utf8Text(bytes: number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    if (need < 0 || i + need > bytes.length - 1) {
      out += '\ufffd';
      i++;
      continue;
    }
    let c = need === 0 ? b : b & (0x3f >> need);
    for (let k = 1; k <= need; k++) c = (c << 6) | ((bytes[i + k] ?? 0) & 63);
    out += String.fromCodePoint(c);
    i += need + 1;
  }
  return out;
}

export function base64Encode(text: string): string {
  const bytes = utf8Bytes(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = bytes.slice(i, i + 3);
    const n = (a << 16) | (b << 8) | c;
    out += B64[n >> 18] + (B64[(n >> 12) & 63] as string) + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
  }
  return out;
}

export function base64Decode(text: string): string | null {
  const clean = text.replace(/[\s]/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < clean.length; i += 4) {
    const chunk = clean.slice(i, i + 4);
    const n = [...chunk].reduce((acc, ch) => (acc << 6) | (ch === '=' ? 0 : B64.indexOf(ch)), 0) << (6 * (4 - chunk.length));
    bytes.push((n >> 16) & 255);
    if (chunk[2] !== '=' && chunk.length > 2) bytes.push((n >> 8) & 255);
    if (chunk[3] !== '=' && chunk.length > 3) bytes.push(n & 255);
  }
  return utf8Text(bytes);
}

export const base64: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'di', value: 'w', long: { decode: 'd', 'wrap=': 'w', 'ignore-garbage': 'i' } });
  if (typeof p === 'number') return p;
  const { texts, failed } = readInputs(ctx, p.operands.slice(0, 1));
  if (failed) return 1;
  const text = texts[0]?.text ?? '';
  if (p.flags.has('d')) {
    const decoded = base64Decode(text);
    if (decoded === null) return fail(ctx, 'invalid input');
    ctx.stdout(decoded);
    return 0;
  }
  const wrap = Number(p.values.get('w') ?? '76');
  const enc = base64Encode(text);
  const out = wrap > 0 ? (enc.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join('\n') : enc;
  ctx.stdout(out === '' ? '' : out + '\n');
  return 0;
};

export const seq: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'w', value: 'sf', long: { 'separator=': 's', 'equal-width': 'w', 'format=': 'f' } });
  if (typeof p === 'number') return p;
  const nums = p.operands;
  if (nums.length === 0) return usageError(ctx, 'missing operand');
  if (nums.length > 3) return usageError(ctx, `extra operand ${lq(ctx, nums[3] as string)}`);
  for (const n of nums) if (!/^[-+]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?$/i.test(n)) return usageError(ctx, `invalid floating point argument: ${lq(ctx, n)}`);
  const [first, incr, last] = nums.length === 1 ? [1, 1, Number(nums[0])] : nums.length === 2 ? [Number(nums[0]), 1, Number(nums[1])] : [Number(nums[0]), Number(nums[1]), Number(nums[2])];
  if (incr === 0) return usageError(ctx, `invalid Zero increment value: ${lq(ctx, nums[1] as string)}`);
  const decimals = Math.max(...nums.map(n => (n.includes('.') ? n.split('.')[1]?.length ?? 0 : 0)));
  const out: string[] = [];
  for (let i = 0, v = first; incr > 0 ? v <= last + 1e-9 : v >= last - 1e-9; i++, v = first + i * incr) {
    if (out.length >= 100_000) break;
    out.push(v.toFixed(decimals));
  }
  if (p.flags.has('w')) {
    const width = Math.max(...out.map(s => s.length));
    for (let i = 0; i < out.length; i++) out[i] = (out[i] as string).replace(/^(-?)/, m => m).padStart(width, '0');
  }
  ctx.stdout(out.length === 0 ? '' : out.join(p.values.get('s') ?? '\n') + '\n');
  return 0;
};

/** `yes` stops after 10,000 lines here (its reader would normally close the pipe). */
export const yes: Cmd = ctx => {
  const word = ctx.argv.length > 1 ? ctx.argv.slice(1).join(' ') : 'y';
  ctx.stdout(`${word}\n`.repeat(10_000));
  return 0;
};

export const basename: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'az', value: 's', long: { multiple: 'a', 'suffix=': 's' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return usageError(ctx, 'missing operand');
  const multiple = p.flags.has('a') || p.values.has('s');
  if (!multiple && p.operands.length > 2) return usageError(ctx, `extra operand ${lq(ctx, p.operands[2] as string)}`);
  const names = multiple ? p.operands : [p.operands[0] as string];
  const suffix = p.values.get('s') ?? (multiple ? undefined : p.operands[1]);
  ctx.stdout(names.map(n => baseOf(n, suffix)).join('\n') + '\n');
  return 0;
};

export const dirname: Cmd = ctx => {
  const ops = ctx.argv.slice(1).filter(a => a !== '--');
  if (ops.length === 0) return usageError(ctx, 'missing operand');
  ctx.stdout(ops.map(o => dirOf(o)).join('\n') + '\n');
  return 0;
};

/** Resolve every symlink in `path` (readlink -f / realpath). Null when a component is missing. */
function canonical(ctx: Parameters<Cmd>[0], path: string, allowMissingLast: boolean): string | null {
  const parts = resolvePath('/', path).split('/').filter(Boolean);
  let cur = '/';
  for (let i = 0, hops = 0; i < parts.length; i++) {
    const next = resolvePath(cur, parts[i] as string);
    const st = ctx.fs.lstat(next);
    if (!st) return allowMissingLast && i === parts.length - 1 ? next : null;
    if (st.type === 'symlink') {
      if (++hops > 40) return null;
      const target = ctx.fs.readlink(next);
      parts.splice(i + 1, 0, ...target.split('/').filter(Boolean));
      if (target.startsWith('/')) cur = '/';
      continue;
    }
    cur = next;
  }
  return cur;
}

export const readlink: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'fenmqsvz', long: { canonicalize: 'f' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return usageError(ctx, 'missing operand');
  let status = 0;
  for (const op of p.operands) {
    const path = abs(ctx, op);
    if (p.flags.has('f') || p.flags.has('e') || p.flags.has('m')) {
      const c = canonical(ctx, path, !p.flags.has('e'));
      if (c === null) status = 1;
      else ctx.stdout(c + '\n');
      continue;
    }
    try {
      ctx.stdout(ctx.fs.readlink(path) + '\n');
    } catch {
      status = 1;
    }
  }
  return status;
};

export const realpath: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'emsqLPz', long: { 'canonicalize-existing': 'e', 'canonicalize-missing': 'm' } });
  if (typeof p === 'number') return p;
  if (p.operands.length === 0) return usageError(ctx, 'missing operand');
  let status = 0;
  for (const op of p.operands) {
    const c = canonical(ctx, abs(ctx, op), !p.flags.has('e'));
    if (c === null) status = fail(ctx, `${op}: No such file or directory`);
    else ctx.stdout(c + '\n');
  }
  return status;
};
