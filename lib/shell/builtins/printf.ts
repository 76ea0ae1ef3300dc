/**
 * printf (the bash builtin): %s %b %c %d %i %u %o %x %X %e %f %g %q %% with flags, width and
 * precision (including `*`), format reuse while arguments remain, `-v var`.
 */
import type { Cmd, ShellCommandContext } from '../context';
import { setVar } from '../state';
import { builtinError, echoEscapes } from './core';

const SPEC = /%([-+ 0#]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?([sbcdiouxXeEfFgGq%])/y;

export const printf: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  let target: string | null = null;
  if (args[0] === '-v') {
    args.shift();
    target = args.shift() ?? null;
  }
  if (args[0] === '--') args.shift();
  const format = args.shift();
  if (format === undefined) {
    ctx.stderr('printf: usage: printf [-v var] format [arguments]\n');
    return 2;
  }
  const state = { status: 0, out: '' };
  let consumed = 0;
  do {
    const before = consumed;
    const stop = formatOnce(ctx, format, args, () => args[consumed++], state);
    if (stop || consumed === before) break;
  } while (consumed < args.length);
  if (target !== null) setVar(ctx.sh.frame, target, state.out);
  else ctx.stdout(state.out);
  return state.status;
};

/** One pass over the format. Returns true when `\c` in a %b argument stopped output. */
function formatOnce(ctx: ShellCommandContext, format: string, all: string[], next: () => string | undefined, state: { status: number; out: string }): boolean {
  let i = 0;
  while (i < format.length) {
    const c = format[i] as string;
    if (c === '\\') {
      const { text, len } = formatEscape(format, i);
      state.out += text;
      i += len;
      continue;
    }
    if (c !== '%') {
      state.out += c;
      i++;
      continue;
    }
    SPEC.lastIndex = i;
    const m = SPEC.exec(format);
    if (!m) {
      builtinError(ctx, 'printf', `\`${format[i + 1] ?? ''}': invalid format character`);
      state.status = 1;
      return true;
    }
    i = SPEC.lastIndex;
    const [, flags = '', widthSpec, precSpec, conv] = m;
    if (conv === '%') {
      state.out += '%';
      continue;
    }
    const width = widthSpec === '*' ? toInt(ctx, next() ?? '0', state) : widthSpec ? Number(widthSpec) : 0;
    const prec = precSpec === undefined ? undefined : precSpec === '*' ? toInt(ctx, next() ?? '0', state) : Number(precSpec || '0');
    const arg = next();
    let body: string;
    switch (conv) {
      case 's':
        body = arg ?? '';
        if (prec !== undefined) body = body.slice(0, prec);
        break;
      case 'b': {
        const r = echoEscapes(arg ?? '');
        state.out += pad(r.text, width, flags);
        if (r.stop) return true;
        continue;
      }
      case 'q':
        body = quoteQ(arg ?? '');
        break;
      case 'c':
        body = (arg ?? '').slice(0, 1);
        break;
      case 'd':
      case 'i':
      case 'u':
        body = intText(toInt(ctx, arg ?? '0', state), flags, prec);
        break;
      case 'o':
      case 'x':
      case 'X': {
        const n = toInt(ctx, arg ?? '0', state);
        const v = n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n);
        body = v.toString(conv === 'o' ? 8 : 16);
        if (conv === 'X') body = body.toUpperCase();
        if (prec !== undefined) body = body.padStart(prec, '0');
        if (flags.includes('#') && v !== 0n) body = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + body;
        break;
      }
      default:
        body = floatText(toFloat(ctx, arg ?? '0', state), conv as string, flags, prec);
    }
    state.out += pad(body, width, flags, conv !== 's' && conv !== 'c' && conv !== 'q');
  }
  return all.length === 0;
}

function pad(text: string, width: number, flags: string, numeric = false): string {
  if (text.length >= width) return text;
  if (flags.includes('-')) return text.padEnd(width);
  if (numeric && flags.includes('0')) {
    const sign = /^[-+ ]/.test(text) ? (text[0] as string) : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  }
  return text.padStart(width);
}

function intText(n: number, flags: string, prec?: number): string {
  let digits = Math.abs(n).toString();
  if (prec !== undefined) digits = digits.padStart(prec, '0');
  const sign = n < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + digits;
}

function floatText(n: number, conv: string, flags: string, prec = 6): string {
  let s: string;
  const lower = conv.toLowerCase();
  if (lower === 'e') s = n.toExponential(prec).replace(/e([+-])(\d)$/, 'e$10$2');
  else if (lower === 'g') {
    const p = prec === 0 ? 1 : prec;
    const exp = n === 0 ? 0 : Math.floor(Math.log10(Math.abs(n)));
    s = exp < -4 || exp >= p ? n.toExponential(p - 1).replace(/e([+-])(\d)$/, 'e$10$2') : n.toFixed(Math.max(0, p - 1 - exp));
    if (!flags.includes('#')) s = s.replace(/(\.\d*?)0+(e|$)/, '$1$2').replace(/\.(e|$)/, '$1');
  } else s = n.toFixed(prec);
  if (conv === 'E' || conv === 'G') s = s.toUpperCase();
  if (n >= 0 && flags.includes('+')) s = '+' + s;
  else if (n >= 0 && flags.includes(' ')) s = ' ' + s;
  return s;
}

function toInt(ctx: ShellCommandContext, arg: string, state: { status: number }): number {
  const t = arg.trim();
  if (/^['"]/.test(t)) return t.codePointAt(1) ?? 0;
  let m: RegExpExecArray | null;
  if ((m = /^([-+]?)0[xX]([0-9a-fA-F]+)$/.exec(t))) return (m[1] === '-' ? -1 : 1) * parseInt(m[2] as string, 16);
  if ((m = /^([-+]?)0([0-7]+)$/.exec(t))) return (m[1] === '-' ? -1 : 1) * parseInt(m[2] as string, 8);
  if (/^[-+]?[0-9]+$/.test(t)) return Number(t);
  const lead = /^[-+]?[0-9]+/.exec(t);
  builtinError(ctx, 'printf', `${arg}: invalid number`);
  state.status = 1;
  return lead ? Number(lead[0]) : 0;
}

function toFloat(ctx: ShellCommandContext, arg: string, state: { status: number }): number {
  const t = arg.trim();
  if (/^['"]/.test(t)) return t.codePointAt(1) ?? 0;
  const n = Number(t);
  if (t !== '' && !Number.isNaN(n)) return n;
  builtinError(ctx, 'printf', `${arg}: invalid number`);
  state.status = 1;
  return parseFloat(t) || 0;
}

/** A backslash escape in the format string at `i`: its text and source length. */
function formatEscape(format: string, i: number): { text: string; len: number } {
  const n = format[i + 1];
  if (n === undefined) return { text: '\\', len: 1 };
  const simple: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
  if (n in simple) return { text: simple[n] as string, len: 2 };
  let m: RegExpExecArray | null;
  if ((m = /^[0-7]{1,3}/.exec(format.slice(i + 1)))) return { text: String.fromCharCode(parseInt(m[0], 8) & 0xff), len: 1 + m[0].length };
  if (n === 'x' && (m = /^[0-9a-fA-F]{1,2}/.exec(format.slice(i + 2)))) return { text: String.fromCharCode(parseInt(m[0], 16)), len: 2 + m[0].length };
  if ((n === 'u' || n === 'U') && (m = /^[0-9a-fA-F]{1,8}/.exec(format.slice(i + 2)))) {
    return { text: String.fromCodePoint(Math.min(parseInt(m[0].slice(0, n === 'u' ? 4 : 8), 16), 0x10ffff)), len: 2 + Math.min(m[0].length, n === 'u' ? 4 : 8) };
  }
  return { text: '\\' + n, len: 2 };
}

/** printf %q: backslash-escape shell specials; newlines and tabs use $'…'. */
function quoteQ(arg: string): string {
  if (arg === '') return "''";
  if (/[\n\t\r]/.test(arg)) return `$'${arg.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')}'`;
  return arg.replace(/[^A-Za-z0-9_./:=@%+,-]/g, '\\$&');
}
