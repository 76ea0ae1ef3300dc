/**
 * awk (mawk-compatible messages, as on Ubuntu): `awk [-F fs] [-v var=val] 'program' [file…]`.
 */
import type { Cmd } from '../context';
import { abs, errText } from './common';
import { AwkSyntaxError } from './awk-lex';
import { parseAwk } from './awk-parse';
import { AwkRun } from './awk-run';

export const awk: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  const assigns: Record<string, string> = {};
  let program: string | undefined;
  while (args.length > 0) {
    const a = args[0] as string;
    if (a === '--') {
      args.shift();
      break;
    }
    if (a === '-F' || a.startsWith('-F')) {
      args.shift();
      const fs = a === '-F' ? args.shift() : a.slice(2);
      if (fs === undefined) return usage(ctx);
      assigns.FS = fs === 't' ? '\t' : fs.replace(/\\t/g, '\t');
    } else if (a === '-v' || a.startsWith('-v')) {
      args.shift();
      const kv = a === '-v' ? args.shift() : a.slice(2);
      const eq = kv?.indexOf('=') ?? -1;
      if (kv === undefined || eq < 1) return usage(ctx);
      assigns[kv.slice(0, eq)] = kv.slice(eq + 1);
    } else if (a === '-f') {
      args.shift();
      const file = args.shift();
      if (file === undefined) return usage(ctx);
      try {
        program = ctx.fs.readFile(abs(ctx, file));
      } catch (e) {
        ctx.stderr(`awk: cannot open ${file} (${errText(e)})\n`);
        return 2;
      }
    } else if (a.startsWith('-') && a.length > 1 && program === undefined) {
      ctx.stderr(`awk: not an option: ${a}\n`);
      return 2;
    } else break;
  }
  if (program === undefined) program = args.shift();
  if (program === undefined) return usage(ctx);
  let prog;
  try {
    prog = parseAwk(program);
  } catch (e) {
    if (!(e instanceof AwkSyntaxError)) throw e;
    ctx.stderr(e.near === 'end of file' && /\{[^}]*$/.test(program) ? `awk: line ${e.line}: missing } near end of file\n` : `awk: ${e.message}\n`);
    return 2;
  }
  let input = '';
  let status = 0;
  const files = args.filter(f => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(f));
  for (const f of args) if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(f)) assigns[f.slice(0, f.indexOf('='))] = f.slice(f.indexOf('=') + 1);
  if (files.length === 0) input = ctx.stdin;
  for (const f of files) {
    if (f === '-') {
      input += ctx.stdin;
      continue;
    }
    try {
      const text = ctx.fs.readFile(abs(ctx, f));
      input += text.endsWith('\n') || text === '' ? text : text + '\n';
    } catch (e) {
      ctx.stderr(`awk: cannot open ${f} (${errText(e)})\n`);
      status = 2;
    }
  }
  if (status !== 0 && input === '') return status;
  const records = input === '' ? [] : input.replace(/\n$/, '').split('\n');
  const run = new AwkRun(prog, {
    out: text => ctx.stdout(text),
    writeFile: (path, text, append) => {
      if (path === '/dev/stderr') ctx.stderr(text);
      else if (path === '/dev/stdout' || path === '-') ctx.stdout(text);
      else ctx.fs.writeFile(abs(ctx, path), text, { append });
    },
  }, assigns);
  try {
    return run.run(records) || status;
  } catch (e) {
    ctx.stderr(`awk: run time error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
};

function usage(ctx: Parameters<Cmd>[0]): number {
  ctx.stderr('usage: awk [-F value] [-v var=value] [--] \'program text\' [file ...]\nusage: awk [-F value] [-v var=value] [-f program-file] [--] [file ...]\n');
  return 2;
}
