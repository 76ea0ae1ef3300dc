/**
 * gzip, gunzip and zcat over the simulator's gzip format (sim/fs/compress.ts): `gzip f` → f.gz,
 * `gunzip f.gz` → f, -c to stdout, -d, -k, -f; a pipe compresses stdin. GNU gzip wording.
 */
import { gunzipText, gzipText } from '../../sim/fs/compress';
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, parseArgs } from './common';

const SUFFIXES = ['.gz', '.tgz', '-gz', '.z', '-z', '_z'];

function run(ctx: ShellCommandContext, decompress: boolean, toStdout: boolean): number {
  const a = parseArgs(ctx, { bool: 'cdkfqvnN123456789', long: { stdout: 'c', 'to-stdout': 'c', decompress: 'd', uncompress: 'd', keep: 'k', force: 'f', quiet: 'q', verbose: 'v' } });
  if (typeof a === 'number') return a;
  const d = decompress || a.flags.has('d');
  const stdout = toStdout || a.flags.has('c');
  const force = a.flags.has('f');
  const files = a.operands.filter((f) => f !== '-');
  if (a.operands.length === 0 || a.operands.includes('-')) {
    if (!d && !force && ctx.io.outTty) {
      ctx.stderr('gzip: compressed data not written to a terminal. Use -f to force compression.\nFor help, type: gzip -h\n');
      return 1;
    }
    if (!d) ctx.stdout(gzipText(ctx.stdin));
    else {
      const text = gunzipText(ctx.stdin);
      if (text === null) {
        ctx.stderr('gzip: stdin: not in gzip format\n');
        return 1;
      }
      ctx.stdout(text);
    }
  }
  let status = 0;
  for (const f of files) status = Math.max(status, one(ctx, f, d, stdout, a.flags.has('k'), force));
  return status;
}

function one(ctx: ShellCommandContext, name: string, d: boolean, stdout: boolean, keep: boolean, force: boolean): number {
  const path = abs(ctx, name);
  const st = ctx.fs.stat(path);
  if (!st) {
    ctx.stderr(`gzip: ${name}: No such file or directory\n`);
    return 1;
  }
  if (st.type === 'dir') {
    ctx.stderr(`gzip: ${name} is a directory -- ignored\n`);
    return 2;
  }
  const suffix = SUFFIXES.find((s) => name.toLowerCase().endsWith(s));
  if (d && !suffix && !stdout) {
    ctx.stderr(`gzip: ${name}: unknown suffix -- ignored\n`);
    return 2;
  }
  if (!d && suffix && !stdout && !force) {
    ctx.stderr(`gzip: ${name} already has ${suffix} suffix -- unchanged\n`);
    return 2;
  }
  try {
    const data = ctx.fs.readFile(path);
    let out: string;
    if (d) {
      const text = gunzipText(data);
      if (text === null) {
        ctx.stderr(`gzip: ${name}: not in gzip format\n`);
        return 1;
      }
      out = text;
    } else out = gzipText(data);
    if (stdout) {
      ctx.stdout(out);
      return 0;
    }
    const target = d ? path.slice(0, path.length - suffix!.length) + (suffix === '.tgz' ? '.tar' : '') : path + '.gz';
    if (ctx.fs.stat(target) && !force) {
      ctx.stderr(`gzip: ${target.slice(target.lastIndexOf('/') + 1)} already exists; not overwritten\n`);
      return 2;
    }
    ctx.fs.writeFile(target, out, { mode: st.mode });
    if (!keep) ctx.fs.rm(path);
    return 0;
  } catch (e) {
    ctx.stderr(`gzip: ${name}: ${errText(e)}\n`);
    return 1;
  }
}

export const gzip: Cmd = (ctx) => run(ctx, false, false);
export const gunzip: Cmd = (ctx) => run(ctx, true, false);
export const zcat: Cmd = (ctx) => run(ctx, true, true);
