/**
 * head tail wc tee: line/byte selection and counting, GNU wording and layout.
 */
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, fail, parseArgs } from './common';
import { lq } from './fileops';
import { utf8Length } from '../../sim/fs/node';
import { endlessDevice, endlessRead } from '../devfs';

type Source = { name: string; text: string };

/** `limit`: the bytes a reader stops after (head -c N), read that far from an endless device. */
function sources(ctx: ShellCommandContext, operands: string[], verb: string, limit?: number): { list: Source[]; status: number } {
  const list: Source[] = [];
  let status = 0;
  for (const op of operands.length > 0 ? operands : ['-']) {
    if (op === '-') {
      list.push({ name: 'standard input', text: ctx.stdin });
      continue;
    }
    try {
      const path = abs(ctx, op);
      const endless = limit === undefined ? null : endlessDevice(path);
      if (endless) {
        list.push({ name: op, text: endlessRead(endless, limit as number, () => ctx.sh.random()) });
        continue;
      }
      if (ctx.fs.stat(path)?.type === 'dir') {
        status = fail(ctx, `error reading '${op}': Is a directory`);
        continue;
      }
      list.push({ name: op, text: ctx.fs.readFile(path) });
    } catch (e) {
      status = fail(ctx, `cannot open '${op}' for ${verb}: ${errText(e)}`);
    }
  }
  return { list, status };
}

function splitKeep(text: string): string[] {
  const out = text.split(/(?<=\n)/);
  return out[out.length - 1] === '' ? out.slice(0, -1) : out;
}

function count(ctx: ShellCommandContext, raw: string | undefined, fallback: number): { n: number; fromStart: boolean; allBut: boolean } | null {
  if (raw === undefined) return { n: fallback, fromStart: false, allBut: false };
  const m = /^([+-]?)([0-9]+)([bkKmMgG]?)$/.exec(raw);
  if (!m) return null;
  const mult: Record<string, number> = { '': 1, b: 512, k: 1024, K: 1024, m: 1048576, M: 1048576, g: 1 << 30, G: 1 << 30 };
  return { n: Number(m[2]) * (mult[m[3] as string] as number), fromStart: m[1] === '+', allBut: m[1] === '-' };
}

function headTail(which: 'head' | 'tail'): Cmd {
  return ctx => {
    const p = parseArgs(ctx, {
      bool: 'qvfF',
      value: 'nc',
      numericShort: 'n',
      long: { 'lines=': 'n', 'bytes=': 'c', quiet: 'q', silent: 'q', verbose: 'v', follow: 'f' },
    });
    if (typeof p === 'number') return p;
    const bytes = p.values.has('c');
    const raw = bytes ? p.values.get('c') : p.values.get('n');
    const c = count(ctx, raw, 10);
    if (!c) return fail(ctx, `invalid number of ${bytes ? 'bytes' : 'lines'}: ${lq(ctx, raw as string)}`);
    const limit = which === 'head' && bytes && !c.allBut ? c.n : undefined;
    const { list, status } = sources(ctx, p.operands, 'reading', limit);
    const headers = (list.length > 1 && !p.flags.has('q')) || p.flags.has('v');
    let out = '';
    list.forEach((src, i) => {
      if (headers) out += `${i > 0 ? '\n' : ''}==> ${src.name} <==\n`;
      const units = bytes ? [...src.text] : splitKeep(src.text);
      let picked: string[];
      if (which === 'head') picked = c.allBut ? units.slice(0, Math.max(0, units.length - c.n)) : units.slice(0, c.n);
      else picked = c.fromStart ? units.slice(Math.max(0, c.n - 1)) : c.n === 0 ? [] : units.slice(-c.n);
      out += picked.join('');
    });
    ctx.stdout(out);
    return status;
  };
}

export const head = headTail('head');
export const tail = headTail('tail');

export const wc: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'lwcmL', long: { lines: 'l', words: 'w', bytes: 'c', chars: 'm', 'max-line-length': 'L' } });
  if (typeof p === 'number') return p;
  const f = p.flags;
  const want = f.size === 0 ? ['l', 'w', 'c'] : ['l', 'w', 'm', 'c', 'L'].filter(k => f.has(k));
  const rows: { counts: number[]; name: string | null }[] = [];
  let status = 0;
  let regularBytes = 0;
  const operands = p.operands.length > 0 ? p.operands : ['-'];
  for (const op of operands) {
    let text: string;
    if (op === '-') text = ctx.stdin;
    else {
      try {
        const path = abs(ctx, op);
        if (ctx.fs.stat(path)?.type === 'dir') {
          status = fail(ctx, `${op}: Is a directory`);
          rows.push({ counts: want.map(() => 0), name: op });
          continue;
        }
        text = ctx.fs.readFile(path);
        regularBytes += utf8Length(text);
      } catch (e) {
        status = fail(ctx, `${op}: ${errText(e)}`);
        continue;
      }
    }
    rows.push({ counts: want.map(k => measure(text, k)), name: op === '-' && p.operands.length === 0 ? null : op });
  }
  if (rows.length > 1) rows.push({ counts: want.map((_, i) => rows.reduce((a, r) => a + (r.counts[i] as number), 0)), name: 'total' });
  // GNU wc: one count of one input is unpadded; otherwise the width fits the total size of the
  // regular files read (at least 7 when standard input is among them).
  const width = want.length === 1 && rows.length === 1 ? 1 : Math.max(operands.includes('-') ? 7 : 1, String(regularBytes).length);
  for (const r of rows) ctx.stdout(r.counts.map(n => String(n).padStart(width)).join(' ') + (r.name !== null ? ` ${r.name}` : '') + '\n');
  return status;
};

function measure(text: string, k: string): number {
  switch (k) {
    case 'l':
      return (text.match(/\n/g) ?? []).length;
    case 'w':
      return (text.match(/\S+/g) ?? []).length;
    case 'm':
      return [...text].length;
    case 'L':
      return Math.max(0, ...text.split('\n').map(l => l.length));
    default:
      return utf8Length(text);
  }
}

export const tee: Cmd = ctx => {
  const p = parseArgs(ctx, { bool: 'ai', long: { append: 'a' } });
  if (typeof p === 'number') return p;
  const input = ctx.stdin;
  let status = 0;
  for (const op of p.operands) {
    try {
      ctx.fs.writeFile(abs(ctx, op), input, { append: p.flags.has('a') });
    } catch (e) {
      status = fail(ctx, `${op}: ${errText(e)}`);
    }
  }
  ctx.stdout(input);
  return status;
};
