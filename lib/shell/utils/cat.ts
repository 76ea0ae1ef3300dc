/**
 * cat: concatenate files or stdin; -n numbers lines, -b numbers non-blank lines, -E shows `$` at
 * line ends, -A shows tabs and ends. Errors as coreutils: `cat: x: No such file or directory`.
 */
import type { Cmd } from '../context';
import { abs, errText, fail, parseArgs } from './common';
import { busybox } from './fileops';

export const cat: Cmd = ctx => {
  const parsed = parseArgs(ctx, { bool: 'nbEATsuv', long: { number: 'n', 'number-nonblank': 'b', 'show-ends': 'E', 'show-all': 'A', 'squeeze-blank': 's' } });
  if (typeof parsed === 'number') return parsed;
  const f = parsed.flags;
  const operands = parsed.operands.length > 0 ? parsed.operands : ['-'];
  let status = 0;
  let text = '';
  for (const op of operands) {
    if (op === '-') {
      text += ctx.stdin;
      continue;
    }
    try {
      const path = abs(ctx, op);
      if (ctx.fs.stat(path)?.type === 'dir') {
        status = fail(ctx, `${op}: Is a directory`);
        continue;
      }
      text += ctx.fs.readFile(path);
    } catch (e) {
      status = busybox(ctx) ? fail(ctx, `can't open '${op}': ${errText(e)}`) : fail(ctx, `${op}: ${errText(e)}`);
    }
  }
  ctx.stdout(decorate(text, f));
  return status;
};

function decorate(text: string, f: Set<string>): string {
  if (!['n', 'b', 'E', 'A', 'T', 's'].some(x => f.has(x)) || text === '') return text;
  const endsWithNewline = text.endsWith('\n');
  let lines = (endsWithNewline ? text.slice(0, -1) : text).split('\n');
  if (f.has('s')) lines = lines.filter((l, i) => !(l === '' && lines[i - 1] === ''));
  let n = 0;
  const out = lines.map(line => {
    let l = line;
    if (f.has('A') || f.has('T')) l = l.replace(/\t/g, '^I');
    if (f.has('A') || f.has('E')) l += '$';
    if (f.has('b')) return line === '' ? l : `${String(++n).padStart(6)}\t${l}`;
    if (f.has('n')) return `${String(++n).padStart(6)}\t${l}`;
    return l;
  });
  return out.join('\n') + (endsWithNewline ? '\n' : '');
}
