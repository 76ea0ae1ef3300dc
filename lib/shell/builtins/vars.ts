/**
 * Variable builtins: export unset set local declare/typeset readonly read let.
 */
import type { Cmd, ShellCommandContext } from '../context';
import { evalArith } from '../arith';
import { ExpansionError } from '../errors';
import { getArray, getVar, setArray, setExported, setVar, unsetElement, unsetVar, type ShellOptions } from '../state';
import { builtinError } from './core';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)(\+?)=([\s\S]*)$/;

/** `declare -x NAME="value"` as bash prints it. */
function declareLine(flags: string, name: string, value: string | undefined): string {
  if (value === undefined) return `declare ${flags} ${name}\n`;
  return `declare ${flags} ${name}="${value.replace(/(["\\$`])/g, '\\$1')}"\n`;
}

function assignArgs(ctx: ShellCommandContext, name: string, args: string[], each: (n: string, v: string | undefined) => void): number {
  let status = 0;
  for (const arg of args) {
    const m = ASSIGN.exec(arg);
    const n = m ? (m[1] as string) : arg;
    if (!NAME.test(n)) {
      status = builtinError(ctx, name, `\`${arg}': not a valid identifier`);
      continue;
    }
    if (m) each(n, m[2] === '+' ? (getVar(ctx.sh.frame, n) ?? '') + m[3] : (m[3] as string));
    else each(n, undefined);
  }
  return status;
}

export const exportCmd: Cmd = ctx => {
  const frame = ctx.sh.frame;
  let args = ctx.argv.slice(1);
  let unexport = false;
  while (args[0]?.startsWith('-') && args[0].length > 1) {
    const flag = args.shift() as string;
    if (flag === '--') break;
    if (flag.includes('n')) unexport = true;
    else if (!/^-[pf]+$/.test(flag)) return builtinError(ctx, 'export', `${flag}: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p`, 2);
  }
  if (args.length === 0) {
    for (const n of Object.keys(frame.exported).sort()) ctx.stdout(declareLine('-x', n, getVar(frame, n)));
    return 0;
  }
  return assignArgs(ctx, 'export', args, (n, v) => {
    if (unexport) {
      setExported(frame, n, false);
      if (v !== undefined) setVar(frame, n, v);
      return;
    }
    if (v !== undefined) setVar(frame, n, v, true);
    else setExported(frame, n, true);
  });
};

export const unset: Cmd = ctx => {
  let args = ctx.argv.slice(1);
  let functions = false;
  while (args[0]?.startsWith('-')) {
    const flag = args.shift() as string;
    if (flag === '-f') functions = true;
    else if (flag !== '-v') return builtinError(ctx, 'unset', `${flag}: invalid option`, 2);
  }
  let status = 0;
  for (const n of args) {
    const element = /^([A-Za-z_][A-Za-z0-9_]*)\[([^\]]+)\]$/.exec(n);
    if (element && !functions) {
      unsetElement(ctx.sh.frame, element[1] as string, String(Number(element[2])));
      continue;
    }
    if (functions) delete ctx.sh.frame.functions[n];
    else if (!NAME.test(n)) continue;
    else {
      unsetVar(ctx.sh.frame, n);
      if (getVar(ctx.sh.frame, n) === undefined) delete ctx.sh.frame.functions[n];
    }
  }
  return status;
};

const OPTION_LETTERS: Record<string, keyof ShellOptions> = { e: 'errexit', u: 'nounset', x: 'xtrace', f: 'noglob' };
const OPTION_NAMES: Record<string, keyof ShellOptions> = { errexit: 'errexit', nounset: 'nounset', xtrace: 'xtrace', pipefail: 'pipefail', noglob: 'noglob' };

export const set: Cmd = ctx => {
  const frame = ctx.sh.frame;
  const args = ctx.argv.slice(1);
  if (args.length === 0) {
    for (const n of Object.keys(frame.vars).sort()) ctx.stdout(`${n}=${shellQuote(frame.vars[n] as string)}\n`);
    return 0;
  }
  while (args.length > 0) {
    const a = args[0] as string;
    if (a === '--') {
      frame.positional = args.slice(1);
      return 0;
    }
    if (!/^[-+]/.test(a)) {
      frame.positional = args;
      return 0;
    }
    args.shift();
    const on = a.startsWith('-');
    if (a.slice(1) === 'o') {
      const name = args.shift();
      if (name === undefined) {
        for (const [n, k] of Object.entries(OPTION_NAMES)) ctx.stdout(`${n.padEnd(15)}\t${frame.options[k] ? 'on' : 'off'}\n`);
        return 0;
      }
      const key = OPTION_NAMES[name];
      if (!key) return builtinError(ctx, 'set', `${name}: invalid option name`, 2);
      frame.options[key] = on;
      continue;
    }
    for (const letter of a.slice(1)) {
      const key = OPTION_LETTERS[letter];
      if (key) frame.options[key] = on;
      else if (!'hmBHCbkvTnP'.includes(letter)) return builtinError(ctx, 'set', `${on ? '-' : '+'}${letter}: invalid option`, 2);
    }
  }
  return 0;
};

/** Quote a value the way `set` / `declare -p` print it (single quotes when needed). */
export function shellQuote(v: string): string {
  if (/^[A-Za-z0-9_./:=@%+,-]*$/.test(v) && v !== '') return v;
  return `'${v.replace(/'/g, "'\\''")}'`;
}

export const local: Cmd = ctx => {
  const scope = ctx.sh.localScopes[ctx.sh.localScopes.length - 1];
  if (!scope) return builtinError(ctx, 'local', 'can only be used in a function');
  return assignArgs(ctx, 'local', ctx.argv.slice(1).filter(a => !a.startsWith('-')), (n, v) => {
    if (!scope.has(n)) scope.set(n, getVar(ctx.sh.frame, n));
    setVar(ctx.sh.frame, n, v ?? '');
  });
};

export const declare: Cmd = ctx => {
  const frame = ctx.sh.frame;
  const args = ctx.argv.slice(1);
  const flags = new Set<string>();
  while (args[0]?.startsWith('-') || args[0]?.startsWith('+')) for (const f of (args.shift() as string).slice(1)) flags.add(f);
  if (args.length === 0 || flags.has('p')) {
    const names = args.length > 0 ? args : [...Object.keys(frame.vars), ...Object.keys(frame.arrays ?? {})].sort();
    let status = 0;
    for (const n of names) {
      const arr = getArray(frame, n);
      const v = getVar(frame, n);
      if (arr) ctx.stdout(`declare -a ${n}=(${Object.keys(arr).sort((a, b) => Number(a) - Number(b)).map(k => `[${k}]="${arr[k]}"`).join(' ')})\n`);
      else if (v === undefined) status = builtinError(ctx, 'declare', `${n}: not found`);
      else ctx.stdout(declareLine(Object.hasOwn(frame.exported, n) ? '-x' : '--', n, v));
    }
    return status;
  }
  const scope = ctx.sh.localScopes[ctx.sh.localScopes.length - 1];
  if (flags.has('a')) {
    for (const n of args.filter(a => !a.includes('='))) if (!getArray(frame, n)) setArray(frame, n, getVar(frame, n) !== undefined ? [getVar(frame, n) as string] : []);
  }
  return assignArgs(ctx, ctx.argv[0] as string, args, (n, v) => {
    if (scope && !flags.has('g') && !scope.has(n)) scope.set(n, getVar(frame, n));
    if (v === undefined && getArray(frame, n)) return;
    let value = v ?? getVar(frame, n) ?? '';
    if (flags.has('i') && v !== undefined) value = String(arithValue(ctx, v));
    if (flags.has('l')) value = value.toLowerCase();
    if (flags.has('u')) value = value.toUpperCase();
    setVar(frame, n, value, flags.has('x'));
  });
};

function arithValue(ctx: ShellCommandContext, expr: string): number {
  const frame = ctx.sh.frame;
  return evalArith(expr, { get: n => getVar(frame, n), set: (n, v) => setVar(frame, n, v) });
}

export const let_: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  if (args.length === 0) return builtinError(ctx, 'let', 'expression expected');
  let last = 0;
  for (const a of args) {
    try {
      last = arithValue(ctx, a);
    } catch (e) {
      if (e instanceof ExpansionError) return builtinError(ctx, 'let', e.message);
      throw e;
    }
  }
  return last !== 0 ? 0 : 1;
};

export const read: Cmd = ctx => {
  const frame = ctx.sh.frame;
  const args = ctx.argv.slice(1);
  let raw = false;
  let count: number | null = null;
  while (args[0]?.startsWith('-') && args[0] !== '-') {
    const flag = args.shift() as string;
    if (flag === '-r') raw = true;
    else if (flag === '-p') ctx.stderr(args.shift() ?? '');
    else if (flag === '-t' || flag === '-u' || flag === '-d') args.shift();
    else if (flag === '-n' || flag === '-N') count = Number(args.shift());
    else if (flag === '-s' || flag === '-e') continue;
    else if (flag === '-rs' || flag === '-sr') raw = true;
    else return builtinError(ctx, 'read', `${flag}: invalid option`, 2);
  }
  const names = args.length > 0 ? args : ['REPLY'];
  for (const n of names) if (!NAME.test(n)) return builtinError(ctx, 'read', `\`${n}': not a valid identifier`);
  const stdin = ctx.io.stdin;
  let line = count !== null ? stdin.readChars(count) : stdin.readLine();
  if (line === null || (count !== null && line === '')) {
    for (const n of names) setVar(frame, n, '');
    return 1;
  }
  if (!raw) line = line.replace(/\\(.)/g, '$1');
  if (names.length === 1 && names[0] === 'REPLY' && args.length === 0) {
    setVar(frame, 'REPLY', line);
    return 0;
  }
  const ifs = getVar(frame, 'IFS') ?? ' \t\n';
  const ws = [...ifs].filter(c => c === ' ' || c === '\t' || c === '\n').join('');
  let rest = trimChars(line, ws);
  names.forEach((n, i) => {
    if (i === names.length - 1) {
      setVar(frame, n, trimChars(rest, ws));
      return;
    }
    let j = 0;
    while (j < rest.length && !ifs.includes(rest[j] as string)) j++;
    setVar(frame, n, rest.slice(0, j));
    rest = rest.slice(j);
    let k = 0;
    while (k < rest.length && ws.includes(rest[k] as string)) k++;
    if (k < rest.length && ifs.includes(rest[k] as string) && !ws.includes(rest[k] as string)) k++;
    while (k < rest.length && ws.includes(rest[k] as string)) k++;
    rest = rest.slice(k);
  });
  return 0;
};

function trimChars(s: string, chars: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && chars.includes(s[a] as string)) a++;
  while (b > a && chars.includes(s[b - 1] as string)) b--;
  return s.slice(a, b);
}
