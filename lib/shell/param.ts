/**
 * Parameter expansion: special parameters ($? $$ $# $0 $1 $@ $! $- $RANDOM $LINENO) and the
 * ${name op arg} operators (defaults, assignment, errors, pattern removal/replacement, case,
 * substrings, length). Returns the expanded string; "$@" field handling lives in expand.ts.
 */
import type { ParamPart, Word } from './ast';
import { evalArith } from './arith';
import { ExpansionError } from './errors';
import { patternSource } from './pattern';
import { arrayValues, getArray, getVar, setVar, type Frame } from './state';

export interface ParamHost {
  frame: Frame;
  random(): number;
  line(): number;
  interactive: boolean;
  /** Status when `${x:?}` / `set -u` stop the shell: 127 for `bash -c`, else 1 (as bash). */
  fatalStatus(): number;
  /** Expand an operator's argument word to a string (no splitting, no globbing). */
  expandArg(word: Word): string;
  /** Expand an argument word as a pattern (quoted parts escaped). */
  expandPattern(word: Word): string;
}

/** Value of a parameter, or undefined when unset. */
export function paramValue(h: ParamHost, name: string): string | undefined {
  const f = h.frame;
  switch (name) {
    case '?':
      return String(f.lastExit);
    case '$':
      return String(f.pid);
    case '#':
      return String(f.positional.length);
    case '@':
    case '*':
      return f.positional.length > 0 ? f.positional.join(' ') : undefined;
    case '0':
      return f.argv0;
    case '!':
      return f.lastBgPid > 0 ? String(f.lastBgPid) : undefined;
    case '-':
      return (f.options.errexit ? 'e' : '') + 'h' + (h.interactive ? 'i' : '') + 'mB' + (f.options.nounset ? 'u' : '') + (f.options.xtrace ? 'x' : '') + (h.interactive ? 'H' : '');
    case 'RANDOM':
      return getVar(f, 'RANDOM') === undefined ? String(h.random()) : getVar(f, 'RANDOM');
    case 'LINENO':
      return String(h.line());
  }
  if (name >= '1' && name <= '9' || /^[0-9]+$/.test(name)) return f.positional[Number(name) - 1];
  return getVar(f, name);
}

/** The elements `${name[@]}` stands for (positional parameters for @ and *). */
export function arrayElements(h: ParamHost, p: ParamPart): string[] {
  if (p.name === '@' || p.name === '*') return h.frame.positional;
  const arr = getArray(h.frame, p.name);
  if (p.keys) return arr ? Object.keys(arr).sort((a, b) => Number(a) - Number(b)) : [];
  if (arr) return arrayValues(arr);
  const scalar = getVar(h.frame, p.name);
  return scalar === undefined ? [] : [scalar];
}

export function isAllIndex(p: ParamPart): boolean {
  const i = p.index;
  return i !== undefined && i.length === 1 && i[0]?.k === 'lit' && (i[0].v === '@' || i[0].v === '*');
}

/** Value of `${name[index]}` for a numeric index (negative counts from the end). */
function elementValue(h: ParamHost, p: ParamPart): string | undefined {
  const expr = h.expandArg(p.index ?? []);
  let i = evalArith(expr, arithVars(h));
  const arr = getArray(h.frame, p.name);
  if (!arr) return i === 0 ? getVar(h.frame, p.name) : undefined;
  if (i < 0) {
    const keys = Object.keys(arr).map(Number);
    i = (keys.length ? Math.max(...keys) + 1 : 0) + i;
    if (i < 0) throw new ExpansionError(`${p.name}: bad array subscript`);
  }
  return Object.hasOwn(arr, String(i)) ? arr[String(i)] : undefined;
}

export function expandParam(h: ParamHost, p: ParamPart): string {
  if (p.bad !== undefined) throw new ExpansionError(`${p.bad}: bad substitution`);
  if (p.keys) return arrayElements(h, p).join(' ');
  if (isAllIndex(p)) {
    const all = arrayElements(h, p);
    if (p.length) return String(all.length);
    if (!p.op) return all.join(' ');
  }
  let value = p.index && !isAllIndex(p) ? elementValue(h, p) : p.indirect ? indirectValue(h, p.name) : paramValue(h, p.name);
  if (isAllIndex(p)) value = arrayElements(h, p).join(' ') || undefined;
  if (p.length) return String(value === undefined ? 0 : p.name === '@' || p.name === '*' ? h.frame.positional.length : [...value].length);
  if (!p.op) {
    if (value === undefined && h.frame.options.nounset && p.name !== '@' && p.name !== '*') {
      throw new ExpansionError(`${p.name}: unbound variable`, h.fatalStatus());
    }
    return value ?? '';
  }
  const colon = p.op.startsWith(':') && p.op !== ':';
  const missing = value === undefined || (colon && value === '');
  switch (p.op) {
    case ':-':
    case '-':
      return missing ? h.expandArg(p.arg ?? []) : (value as string);
    case ':=':
    case '=': {
      if (!missing) return value as string;
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name)) throw new ExpansionError(`$${p.name}: cannot assign in this way`);
      const v = h.expandArg(p.arg ?? []);
      setVar(h.frame, p.name, v);
      return v;
    }
    case ':+':
    case '+':
      return missing ? '' : h.expandArg(p.arg ?? []);
    case ':?':
    case '?': {
      if (!missing) return value as string;
      const msg = h.expandArg(p.arg ?? []);
      throw new ExpansionError(`${p.name}: ${msg === '' ? 'parameter null or not set' : msg}`, h.fatalStatus());
    }
  }
  const v = value ?? '';
  switch (p.op) {
    case '#':
    case '##':
    case '%':
    case '%%':
      return removePattern(v, h.expandPattern(p.arg ?? []), p.op);
    case '/':
    case '//':
    case '/#':
    case '/%':
      return replacePattern(v, h.expandPattern(p.arg ?? []), h.expandArg(p.arg2 ?? []), p.op);
    case '^^':
      return v.toUpperCase();
    case ',,':
      return v.toLowerCase();
    case '^':
      return v.slice(0, 1).toUpperCase() + v.slice(1);
    case ',':
      return v.slice(0, 1).toLowerCase() + v.slice(1);
    case ':':
      return substring(h, v, p);
  }
  return v;
}

function arithVars(h: ParamHost) {
  return { get: (n: string) => getVar(h.frame, n), set: (n: string, val: string) => setVar(h.frame, n, val) };
}

function substring(h: ParamHost, v: string, p: ParamPart): string {
  const chars = [...v];
  let offset = evalArith(h.expandArg(p.arg ?? []), arithVars(h));
  if (offset < 0) offset = Math.max(0, chars.length + offset);
  if (p.arg2 === undefined) return chars.slice(offset).join('');
  let len = evalArith(h.expandArg(p.arg2), arithVars(h));
  if (len < 0) {
    len = chars.length + len - offset;
    if (len < 0) throw new ExpansionError(`${p.arg2.map(x => ('v' in x ? x.v : '')).join('')}: substring expression < 0`);
  }
  return chars.slice(offset, offset + len).join('');
}

function removePattern(v: string, pattern: string, op: '#' | '##' | '%' | '%%'): string {
  const whole = new RegExp(`^(?:${patternSource(pattern)})$`);
  const n = v.length;
  switch (op) {
    case '#':
      for (let i = 0; i <= n; i++) if (whole.test(v.slice(0, i))) return v.slice(i);
      return v;
    case '##':
      for (let i = n; i >= 0; i--) if (whole.test(v.slice(0, i))) return v.slice(i);
      return v;
    case '%':
      for (let i = n; i >= 0; i--) if (whole.test(v.slice(i))) return v.slice(0, i);
      return v;
    case '%%':
      for (let i = 0; i <= n; i++) if (whole.test(v.slice(i))) return v.slice(0, i);
      return v;
  }
}

function replacePattern(v: string, pattern: string, rep: string, op: '/' | '//' | '/#' | '/%'): string {
  if (pattern === '') return v;
  const src = patternSource(pattern);
  if (op === '/#') return new RegExp(`^(?:${src})`).test(v) ? v.replace(new RegExp(`^(?:${src})`), () => rep) : v;
  if (op === '/%') return v.replace(new RegExp(`(?:${src})$`), () => rep);
  // Shell patterns match longest-first at each position, which is what greedy RegExps do.
  return v.replace(new RegExp(src, op === '//' ? 'g' : ''), () => rep);
}

function indirectValue(h: ParamHost, name: string): string | undefined {
  const target = paramValue(h, name);
  if (target === undefined || target === '') return undefined;
  if (!/^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])$/.test(target)) throw new ExpansionError(`${target}: invalid variable name`);
  return paramValue(h, target);
}
