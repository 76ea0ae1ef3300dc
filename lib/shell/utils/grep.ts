/**
 * grep (GNU 3.x): -i -v -c -n -E -F -o -q -r/-R -l -L -w -x -h -H -s -e PATTERN, -A/-B/-C context.
 * Exit 0 when something matched, 1 when nothing did, 2 on errors (unless -q found a match).
 */
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, lines, parseArgs } from './common';
import { contextOutput } from './grep-context';
import { posixRegExp, RegexSyntaxError } from './regex';

export const grep: Cmd = ctx => {
  const name = ctx.argv[0] === 'egrep' ? 'grep' : (ctx.argv[0] as string);
  const p = parseArgs(ctx, {
    bool: 'ivcnEFoqrRlLwxhHsGPaIUz',
    value: 'eABCfm',
    long: {
      'ignore-case': 'i', 'invert-match': 'v', count: 'c', 'line-number': 'n', 'extended-regexp': 'E', 'fixed-strings': 'F',
      'only-matching': 'o', quiet: 'q', silent: 'q', recursive: 'r', 'dereference-recursive': 'R', 'files-with-matches': 'l',
      'files-without-match': 'L', 'word-regexp': 'w', 'line-regexp': 'x', 'no-filename': 'h', 'with-filename': 'H',
      'no-messages': 's', 'regexp=': 'e', 'color=': 'color', color: 'color', 'colour=': 'color', 'after-context=': 'A',
      'before-context=': 'B', 'context=': 'C', 'include=': 'include', 'exclude=': 'exclude', 'max-count=': 'm',
    },
  }, 2);
  if (typeof p === 'number') return p;
  const f = p.flags;
  const operands = [...p.operands];
  const patterns = p.lists.has('e') ? (p.lists.get('e') as string[]) : operands.length > 0 ? [operands.shift() as string] : null;
  if (!patterns) {
    ctx.stderr(`Usage: ${name} [OPTION]... PATTERNS [FILE]...\nTry '${name} --help' for more information.\n`);
    return 2;
  }
  const extended = f.has('E') || ctx.argv[0] === 'egrep' || f.has('P');
  const source = patterns.flatMap(x => x.split('\n')).map(x => (f.has('F') ? x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : x));
  const ere = extended || f.has('F');
  let re: RegExp;
  try {
    const joined = source.length === 1 ? (source[0] as string) : source.map(s => (ere ? `(${s})` : `\\(${s}\\)`)).join(ere ? '|' : '\\|');
    re = posixRegExp(wrap(joined, f.has('w'), f.has('x'), ere), { extended: ere, ignoreCase: f.has('i'), global: true });
  } catch (e) {
    if (e instanceof RegexSyntaxError) {
      ctx.stderr(`${name}: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  const recursive = f.has('r') || f.has('R');
  const implicitDot = operands.length === 0 && recursive;
  if (operands.length === 0) operands.push(recursive ? '.' : '-');
  const files = expandFiles(ctx, operands, recursive, f.has('s'), implicitDot);
  const showName = !f.has('h') && (f.has('H') || files.list.length > 1 || recursive);
  const maxCount = p.values.has('m') ? Number(p.values.get('m')) : Infinity;
  const ctxNum = (k: string) => (p.values.has(k) ? Number(p.values.get(k)) : p.values.has('C') ? Number(p.values.get('C')) : 0);
  const [after, before] = [ctxNum('A'), ctxNum('B')]; // -A0 still separates groups with --, as GNU does
  const plainLines = !f.has('o') && !f.has('c') && !f.has('l') && !f.has('L') && !f.has('q');
  const ctxState = { printedGroup: false };
  let matchedAny = false;
  let out = '';
  for (const file of files.list) {
    const prefix = showName ? `${file.name}:` : '';
    let count = 0;
    let fileOut = '';
    if (plainLines && (p.values.has('A') || p.values.has('B') || p.values.has('C'))) {
      const all = lines(file.text);
      const res = contextOutput(all, (i) => ((re.lastIndex = 0), re.test(all[i]!) !== f.has('v')), {
        after, before, max: maxCount,
        prefix: (i, sep) => `${showName ? `${file.name}${sep}` : ''}${f.has('n') ? `${i + 1}${sep}` : ''}`,
      }, ctxState);
      if (res.count > 0) matchedAny = true;
      out += res.text;
      continue;
    }
    for (const [i, line] of lines(file.text).entries()) {
      if (count >= maxCount) break;
      re.lastIndex = 0;
      const hit = re.test(line);
      if (hit === f.has('v')) continue;
      count++;
      if (f.has('o') && !f.has('v')) {
        re.lastIndex = 0;
        for (const m of line.matchAll(re)) if (m[0] !== '') fileOut += `${prefix}${f.has('n') ? `${i + 1}:` : ''}${m[0]}\n`;
      } else fileOut += `${prefix}${f.has('n') ? `${i + 1}:` : ''}${line}\n`;
    }
    if (count > 0) matchedAny = true;
    if (f.has('q')) {
      if (matchedAny) return 0;
      continue;
    }
    if (f.has('l')) {
      if (count > 0) out += `${file.name}\n`;
    } else if (f.has('L')) {
      if (count === 0) out += `${file.name}\n`;
    } else if (f.has('c')) out += `${prefix}${count}\n`;
    else out += fileOut;
  }
  ctx.stdout(out);
  if (files.failed && !(f.has('q') && matchedAny)) return 2;
  return matchedAny ? 0 : 1;
};

function wrap(body: string, word: boolean, line: boolean, extended: boolean): string {
  const [o, c] = extended ? ['(', ')'] : ['\\(', '\\)'];
  if (line) return `^${o}${body}${c}$`;
  if (word) return `\\<${o}${body}${c}\\>`;
  return body;
}

function expandFiles(ctx: ShellCommandContext, operands: string[], recursive: boolean, silent: boolean, implicitDot: boolean): { list: { name: string; text: string }[]; failed: boolean } {
  const list: { name: string; text: string }[] = [];
  let failed = false;
  const report = (msg: string) => {
    failed = true;
    if (!silent) ctx.stderr(`grep: ${msg}\n`);
  };
  const visit = (name: string, top: boolean) => {
    const path = abs(ctx, name);
    try {
      const st = ctx.fs.stat(path);
      if (!st) return report(`${name}: No such file or directory`);
      if (st.type === 'dir') {
        if (!recursive) return report(`${name}: Is a directory`);
        for (const child of ctx.fs.readdir(path)) visit(name === '.' && top && implicitDot ? child : `${name.replace(/\/$/, '')}/${child}`, false);
        return;
      }
      list.push({ name, text: ctx.fs.readFile(path) });
    } catch (e) {
      report(`${name}: ${errText(e)}`);
    }
  };
  for (const op of operands) {
    if (op === '-') list.push({ name: '(standard input)', text: ctx.stdin });
    else visit(op, true);
  }
  return { list, failed };
}
