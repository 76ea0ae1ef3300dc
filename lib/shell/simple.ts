/**
 * A simple command: expand words (declaration builtins keep `NAME=value` arguments unsplit),
 * expand aliases (interactive shells), apply assignments (to the shell when there is no command,
 * to the command's environment otherwise), set up redirections, then invoke.
 */
import type { Assign, SimpleCommand, Word } from './ast';
import { expandString, expandWords } from './expand';
import type { Io } from './io';
import type { Interp } from './interp';
import { invoke } from './invoke';
import { parse } from './parser';
import { withRedirs } from './redirect';
import { getArray, getVar, setArray, setElement, setVar } from './state';
import { evalArith } from './arith';

const DECLARATION = new Set(['export', 'local', 'declare', 'typeset', 'readonly']);
const ASSIGNMENT_ARG = /^[A-Za-z_][A-Za-z0-9_]*\+?=/;

export function runSimple(sh: Interp, cmd: SimpleCommand, io: Io): number {
  sh.lineNo = cmd.line;
  sh.errSink = io.err;
  sh.lastSubst = null;
  let argv = expandArgs(sh, cmd.words);
  if (sh.interactive && argv.length > 0) argv = expandAlias(sh, cmd.words[0] as Word, argv);
  if (argv.length === 0) {
    for (const a of cmd.assigns) applyAssign(sh, a, io);
    const status = withRedirs(sh, cmd.redirs, io, () => 0);
    return status !== 0 ? status : (sh.lastSubst ?? 0);
  }
  const env: Record<string, string> = {};
  for (const a of cmd.assigns) env[a.name] = assignValue(sh, a);
  if (sh.frame.options.xtrace) io.err(`+ ${argv.map(traceQuote).join(' ')}\n`);
  return withRedirs(sh, cmd.redirs, io, inner => invoke(sh, argv, inner, env));
}

function expandArgs(sh: Interp, words: readonly Word[]): string[] {
  const first = words[0];
  if (!first || !(first.length === 1 && first[0]?.k === 'lit' && DECLARATION.has(first[0].v))) return expandWords(sh, words);
  const out: string[] = [];
  for (const w of words) {
    const head = w[0];
    if (head && head.k === 'lit' && ASSIGNMENT_ARG.test(head.v)) out.push(expandString(sh, w));
    else out.push(...expandWords(sh, [w]));
  }
  return out;
}

/** A shell assignment: scalar, `name[i]=v` or `name=(…)`; traced under `set -x`. */
function applyAssign(sh: Interp, a: Assign, io: Io): void {
  const frame = sh.frame;
  if (a.array) {
    const values = expandWords(sh, a.array);
    setArray(frame, a.name, values, a.append);
    if (frame.options.xtrace) io.err(`+ ${a.name}${a.append ? '+' : ''}=(${values.map(traceQuote).join(' ')})\n`);
    return;
  }
  if (a.index) {
    const index = evalArith(expandString(sh, a.index), { get: n => getVar(frame, n), set: (n, v) => setVar(frame, n, v) });
    const value = expandString(sh, a.value);
    const old = getArray(frame, a.name)?.[String(index)] ?? '';
    setElement(frame, a.name, index, a.append ? old + value : value);
    if (frame.options.xtrace) io.err(`+ ${a.name}[${index}]=${traceQuote(value)}\n`);
    return;
  }
  const value = assignValue(sh, a);
  setVar(frame, a.name, value, Object.hasOwn(frame.exported, a.name));
  if (frame.options.xtrace) io.err(`+ ${a.name}=${traceQuote(value)}\n`);
}

function assignValue(sh: Interp, a: Assign): string {
  const value = expandString(sh, a.value);
  return a.append ? (getVar(sh.frame, a.name) ?? '') + value : value;
}

function expandAlias(sh: Interp, firstWord: Word, argv: string[]): string[] {
  const head = firstWord[0];
  if (firstWord.length !== 1 || head?.k !== 'lit') return argv;
  const value = Object.hasOwn(sh.frame.aliases, head.v) ? sh.frame.aliases[head.v] : undefined;
  if (value === undefined) return argv;
  try {
    const list = parse(value).parser.parseAll();
    const cmd = list[0]?.first.cmds[0];
    if (!cmd || cmd.k !== 'simple' || list.length !== 1) return argv;
    const words = expandWords(sh, cmd.words);
    if (words[0] === head.v) return [...words, ...argv.slice(1)];
    return [...expandAlias(sh, cmd.words[0] ?? [], words), ...argv.slice(1)];
  } catch {
    return argv;
  }
}

function traceQuote(arg: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]*$/.test(arg) && arg !== '' ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}
