/**
 * sed (GNU subset): s/re/rep/[gipN], d, p, q, =, y/abc/xyz/, a/i/c text, with addresses (N, $,
 * /re/, ranges, !), -n, -e (repeatable), -E/-r, -i[SUFFIX]. Errors worded like GNU sed 4.9.
 */
import { ExpectedError } from '../../expected-error';
import type { Cmd, ShellCommandContext } from '../context';
import { abs, errText, parseArgs } from './common';
import { posixRegExp, RegexSyntaxError } from './regex';

type Addr = { k: 'line'; n: number } | { k: 'step'; first: number; step: number } | { k: 'last' } | { k: 're'; re: RegExp };

interface SedCmd {
  a1?: Addr;
  a2?: Addr;
  negate: boolean;
  op: string;
  re?: RegExp;
  rep?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  text?: string;
  from?: string[];
  to?: string[];
  inRange?: boolean;
}

class SedError extends ExpectedError {}

function parseScript(script: string, exprNo: number, extended: boolean): SedCmd[] {
  const cmds: SedCmd[] = [];
  let i = 0;
  const err = (msg: string) => new SedError(`-e expression #${exprNo}, char ${i}: ${msg}`);
  const skipWs = () => {
    while (i < script.length && /[\s;]/.test(script[i] as string)) i++;
  };
  const readDelimited = (delim: string, what: string): string => {
    let out = '';
    while (i < script.length && script[i] !== delim) {
      if (script[i] === '\\' && i + 1 < script.length) {
        out += script[i + 1] === delim ? delim : script[i] + (script[i + 1] as string);
        i += 2;
      } else out += script[i++];
    }
    if (i >= script.length) throw err(`unterminated \`${what}' command`);
    i++;
    return out;
  };
  const compile = (src: string, flags = '') => {
    try {
      return posixRegExp(src, { extended, ignoreCase: flags.includes('i') || flags.includes('I'), global: flags.includes('g') });
    } catch (e) {
      if (e instanceof RegexSyntaxError) throw err(e.message);
      throw e;
    }
  };
  const readAddr = (): Addr | undefined => {
    const c = script[i];
    if (c !== undefined && /[0-9]/.test(c)) {
      const m = /^([0-9]+)(?:~([0-9]+))?/.exec(script.slice(i)) as RegExpExecArray;
      i += m[0].length;
      if (m[2] !== undefined) return { k: 'step', first: Number(m[1]), step: Number(m[2]) };
      return { k: 'line', n: Number(m[1]) };
    }
    if (c === '$') {
      i++;
      return { k: 'last' };
    }
    if (c === '/' || c === '\\') {
      const delim = c === '\\' ? (script[++i] as string) : '/';
      i++;
      const src = readDelimited(delim, 'address regex');
      let flags = '';
      if (script[i] === 'I') flags = script[i++] as string;
      return { k: 're', re: compile(src, flags) };
    }
    return undefined;
  };
  for (skipWs(); i < script.length; skipWs()) {
    const cmd: SedCmd = { negate: false, op: '' };
    cmd.a1 = readAddr();
    if (cmd.a1 && script[i] === ',') {
      i++;
      cmd.a2 = readAddr();
      if (!cmd.a2) throw err('unexpected `,\'');
    }
    while (script[i] === ' ') i++;
    if (script[i] === '!') {
      cmd.negate = true;
      i++;
    }
    const op = script[i++];
    if (op === undefined) throw err('missing command');
    cmd.op = op;
    if (op === 's') {
      const delim = script[i++] as string;
      const src = readDelimited(delim, 's');
      cmd.rep = readDelimited(delim, 's');
      const flags = /^[gipIe0-9]*/.exec(script.slice(i))?.[0] ?? '';
      i += flags.length;
      cmd.global = flags.includes('g');
      cmd.print = flags.includes('p');
      cmd.nth = /[0-9]+/.test(flags) ? Number(/[0-9]+/.exec(flags)?.[0]) : 1;
      cmd.re = compile(src, (cmd.global || cmd.nth > 1 ? 'g' : '') + flags.replace(/[gp0-9]/g, ''));
    } else if (op === 'y') {
      const delim = script[i++] as string;
      cmd.from = [...readDelimited(delim, 'y')];
      cmd.to = [...readDelimited(delim, 'y')];
      if (cmd.from.length !== cmd.to.length) throw err('strings for `y\' command are different lengths');
    } else if (op === 'a' || op === 'i' || op === 'c') {
      if (script[i] === '\\') i++;
      if (script[i] === '\n') i++;
      while (script[i] === ' ') i++;
      const end = script.indexOf('\n', i);
      cmd.text = script.slice(i, end < 0 ? undefined : end);
      i = end < 0 ? script.length : end;
    } else if (!'dpq=lnNhHgGxP'.includes(op)) throw err(`unknown command: \`${op}'`);
    cmds.push(cmd);
  }
  return cmds;
}

function matches(a: Addr, line: string, n: number, last: boolean): boolean {
  if (a.k === 'line') return a.n === n;
  if (a.k === 'step') return a.step <= 0 ? n === a.first : n >= a.first && (n - a.first) % a.step === 0;
  if (a.k === 'last') return last;
  a.re.lastIndex = 0;
  return a.re.test(line);
}

function selected(c: SedCmd, line: string, n: number, last: boolean): boolean {
  let hit: boolean;
  if (!c.a1) hit = true;
  else if (!c.a2) hit = matches(c.a1, line, n, last);
  else if (c.inRange) {
    hit = true;
    if (c.a2.k === 'line' ? n >= c.a2.n : matches(c.a2, line, n, last)) c.inRange = false;
  } else if (matches(c.a1, line, n, last)) {
    hit = true;
    c.inRange = !(c.a2.k === 'line' && c.a2.n <= n);
  } else hit = false;
  return hit !== c.negate;
}

function substitute(c: SedCmd, line: string): { text: string; changed: boolean } {
  const re = c.re as RegExp;
  let count = 0;
  let changed = false;
  re.lastIndex = 0;
  const text = line.replace(re, (...m: unknown[]) => {
    count++;
    const whole = m[0] as string;
    const nth = c.nth ?? 1;
    if (count < nth || (!c.global && count > nth)) return whole;
    changed = true;
    const groups = m.slice(1, -2) as (string | undefined)[];
    return (c.rep as string).replace(/\\([0-9n&\\t])|&/g, (all, esc: string | undefined) => {
      if (all === '&') return whole;
      if (esc === 'n') return '\n';
      if (esc === 't') return '\t';
      if (esc === '&' || esc === '\\') return esc;
      return esc === '0' ? whole : (groups[Number(esc) - 1] ?? '');
    });
  });
  return { text, changed };
}

export function runSed(cmds: SedCmd[], input: string, quiet: boolean): string {
  const ls = input === '' ? [] : input.replace(/\n$/, '').split('\n');
  let out = '';
  for (let n = 1; n <= ls.length; n++) {
    let line = ls[n - 1] as string;
    const last = n === ls.length;
    let deleted = false;
    let quit = false;
    let append = '';
    for (const c of cmds) {
      if (!selected(c, line, n, last)) continue;
      if (c.op === 's') {
        const r = substitute(c, line);
        line = r.text;
        if (r.changed && c.print) out += line + '\n';
      } else if (c.op === 'd') {
        deleted = true;
        break;
      } else if (c.op === 'p') out += line + '\n';
      else if (c.op === '=') out += `${n}\n`;
      else if (c.op === 'q') {
        quit = true;
        break;
      } else if (c.op === 'y') line = [...line].map(ch => (c.to as string[])[(c.from as string[]).indexOf(ch)] ?? ch).join('');
      else if (c.op === 'a') append += c.text + '\n';
      else if (c.op === 'i') out += c.text + '\n';
      else if (c.op === 'c') {
        out += c.text + '\n';
        deleted = true;
        break;
      }
    }
    if (!deleted && !quiet) out += line + '\n';
    out += append;
    if (quit) break;
  }
  return out;
}

export const sed: Cmd = ctx => {
  const isInPlace = (a: string) => /^-i/.test(a) || a.startsWith('--in-place');
  const args = ctx.argv.slice(1);
  const inPlace = args.some(isInPlace);
  const p = parseArgs(ctx, { bool: 'nErsuz', value: 'ef', long: { quiet: 'n', silent: 'n', 'expression=': 'e', 'regexp-extended': 'E' } }, 1, args.filter(a => !isInPlace(a)));
  if (typeof p === 'number') return p;
  const exprs = args.flatMap((a, i, all) => (a === '-e' || a === '--expression' ? [all[i + 1] as string] : a.startsWith('--expression=') ? [a.slice(13)] : a.startsWith('-e') && a.length > 2 ? [a.slice(2)] : []));
  const operands = [...p.operands];
  if (exprs.length === 0) {
    const script = operands.shift();
    if (script === undefined) return usage(ctx);
    exprs.push(script);
  }
  let cmds: SedCmd[];
  try {
    cmds = exprs.flatMap((e, i) => parseScript(e, i + 1, p.flags.has('E') || p.flags.has('r')));
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    ctx.stderr(`sed: ${e.message}\n`);
    return 1;
  }
  const quiet = p.flags.has('n');
  if (operands.length === 0) {
    if (inPlace) return fail(ctx, 'no input files', 1);
    ctx.stdout(runSed(cmds, ctx.stdin, quiet));
    return 0;
  }
  let status = 0;
  let combined = '';
  for (const op of operands) {
    try {
      const text = op === '-' ? ctx.stdin : ctx.fs.readFile(abs(ctx, op));
      if (inPlace) ctx.fs.writeFile(abs(ctx, op), runSed(cmds.map(c => ({ ...c, inRange: false })), text, quiet));
      else combined += text.endsWith('\n') || text === '' ? text : text + '\n';
    } catch (e) {
      status = fail(ctx, `can't read ${op}: ${errText(e)}`, 2);
    }
  }
  if (!inPlace) ctx.stdout(runSed(cmds, combined, quiet));
  return status;
};

function usage(ctx: ShellCommandContext): number {
  ctx.stderr('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n');
  return 1;
}

function fail(ctx: ShellCommandContext, msg: string, status: number): number {
  ctx.stderr(`sed: ${msg}\n`);
  return status;
}
