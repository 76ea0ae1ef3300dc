/**
 * Tab completion: command names in command position (builtins, utilities, the machine's tools,
 * functions, aliases), a tool's own words through its `complete` hook, otherwise file names from
 * the vfs (directories get `/`; `cd` offers directories only). A single candidate that is not a
 * directory gets a trailing space, as in bash.
 */
import type { FileSystem } from '../sim/fs/types';
import { resolvePath } from '../sim/fs/path';
import type { Completion, Machine } from './types';
import type { SessionHooks } from './context';
import { BUILTINS } from './builtins/index';
import { UTILITIES, GATED_UTILITIES } from './utils/index';
import { environment, getVar, type Frame } from './state';

export interface CompleteEnv {
  frame: Frame;
  machine: Machine;
  fs: FileSystem;
  hooks: SessionHooks;
}

const BREAK = /[\s|&;<>()`]/;
const COMMAND_PREFIXES = new Set(['sudo', 'time', 'command', 'exec', 'xargs', 'env', 'nohup', 'watch']);

export function completeLine(line: string, cursor: number, env: CompleteEnv): Completion {
  const before = line.slice(0, cursor);
  let from = before.length;
  while (from > 0 && !(BREAK.test(before[from - 1] as string) && before[from - 2] !== '\\')) from--;
  const current = before.slice(from).replace(/\\(.)/g, '$1');
  const segment = before.slice(0, from).split(/\|\||&&|[|;&(`]|\$\(/).pop() ?? '';
  const words = segment.trim() === '' ? [] : segment.trim().split(/\s+/);
  let k = 0;
  while (k < words.length && COMMAND_PREFIXES.has(words[k] as string)) {
    k++;
    while (k < words.length && /^-|=/.test(words[k] as string)) k++;
  }
  const commandPosition = k >= words.length;
  let candidates: string[];
  if (commandPosition && !current.includes('/')) candidates = commandNames(env, current).map(c => c + ' ');
  else {
    candidates = toolWords(env, words, current);
    if (candidates.length === 0) candidates = fileNames(env, current, words[0] === 'cd');
  }
  candidates = [...new Set(candidates)].sort();
  if (candidates.length > 1) candidates = candidates.map(c => c.replace(/ $/, ''));
  return { from, candidates: candidates.map(escapeSpaces) };
}

function escapeSpaces(c: string): string {
  const trailing = c.endsWith(' ') && c.trim() !== '' ? ' ' : '';
  const body = trailing ? c.slice(0, -1) : c;
  return body.replace(/([ '"\\$`&|;<>()*?[\]!#])/g, '\\$1') + trailing;
}

function commandNames(env: CompleteEnv, prefix: string): string[] {
  const names = new Set<string>([
    ...Object.keys(BUILTINS),
    ...Object.keys(env.machine.commands),
    ...Object.keys(UTILITIES).filter(n => !GATED_UTILITIES.has(n) || exists(env.fs, `/usr/bin/${n}`) || exists(env.fs, `/bin/${n}`)),
    ...Object.keys(env.frame.functions),
    ...Object.keys(env.frame.aliases),
  ]);
  return [...names].filter(n => n.startsWith(prefix));
}

function toolWords(env: CompleteEnv, words: string[], current: string): string[] {
  let i = 0;
  while (i < words.length - 1 && COMMAND_PREFIXES.has(words[i] as string)) i++;
  const name = words[i];
  if (name === undefined) return [];
  const tool = Object.hasOwn(env.machine.commands, name) ? env.machine.commands[name] : undefined;
  if (!tool?.complete) return [];
  const ctx = { cwd: env.frame.cwd, env: environment(env.frame), fs: env.fs, machine: env.machine };
  return tool.complete({ words: words.slice(i), current }, ctx).filter(w => w.startsWith(current)).map(w => (w.endsWith('=') || w.endsWith('/') ? w : w + ' '));
}

function fileNames(env: CompleteEnv, current: string, dirsOnly: boolean): string[] {
  const slash = current.lastIndexOf('/');
  const dirPart = slash >= 0 ? current.slice(0, slash + 1) : '';
  const base = slash >= 0 ? current.slice(slash + 1) : current;
  const home = getVar(env.frame, 'HOME') ?? env.machine.user.home;
  const expanded = dirPart.startsWith('~/') ? home + dirPart.slice(1) : dirPart === '~' ? home : dirPart;
  const dir = resolvePath(env.frame.cwd, expanded === '' ? '.' : expanded);
  let names: string[];
  try {
    names = env.fs.readdir(dir);
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const name of names) {
    if (!name.startsWith(base) || (name.startsWith('.') && !base.startsWith('.'))) continue;
    let isDir = false;
    try {
      isDir = env.fs.stat(`${dir === '/' ? '' : dir}/${name}`)?.type === 'dir';
    } catch {
      isDir = false;
    }
    if (dirsOnly && !isDir) continue;
    out.push(dirPart + name + (isDir ? '/' : ' '));
  }
  return out;
}

function exists(fs: FileSystem, path: string): boolean {
  try {
    return fs.stat(path) !== null;
  } catch {
    return false;
  }
}
