/**
 * Helpers shared by the coreutils-like commands: GNU-style option parsing (options may follow
 * operands, `--` ends them, bundled short flags), error output, file reading, user/group names.
 */
import { FS_ERROR_TEXT, FsError, type FileSystem } from '../../sim/fs/types';
import { resolvePath } from '../../sim/fs/path';
import type { ShellCommandContext } from '../context';

export interface ParsedArgs {
  flags: Set<string>;
  /** Last value of each valued option. */
  values: Map<string, string>;
  /** Every value of each valued option, in order (`grep -e a -e b`). */
  lists: Map<string, string[]>;
  operands: string[];
}

export interface OptionSpec {
  /** Short flags without values, e.g. 'laRh1'. */
  bool?: string;
  /** Short options taking a value, e.g. 'nf'. */
  value?: string;
  /** Long options → short letter (or a long-only key); a trailing '=' means it takes a value. */
  long?: Record<string, string>;
  /** Treat `-5` as `-n 5` (head/tail). */
  numericShort?: string;
  /** Stop at the first operand (POSIX style, for commands that run other commands). */
  stopAtOperand?: boolean;
}

/** Parse argv[1..]; on error writes GNU's message and returns the exit status instead. */
export function parseArgs(ctx: ShellCommandContext, spec: OptionSpec, errStatus = 1, args: readonly string[] = ctx.argv.slice(1)): ParsedArgs | number {
  const out: ParsedArgs = { flags: new Set(), values: new Map(), lists: new Map(), operands: [] };
  const setValue = (key: string, v: string) => {
    out.values.set(key, v);
    out.lists.set(key, [...(out.lists.get(key) ?? []), v]);
  };
  const bool = spec.bool ?? '';
  const value = spec.value ?? '';
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      out.operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && spec.long) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const match = Object.keys(spec.long).find(k => k.replace(/=$/, '') === key) ?? uniquePrefix(Object.keys(spec.long), key);
      if (!match) return usageError(ctx, `unrecognized option '${a}'`, errStatus);
      const letter = spec.long[match] as string;
      if (match.endsWith('=')) {
        const v = eq > 0 ? a.slice(eq + 1) : args[++i];
        if (v === undefined) return usageError(ctx, `option '--${key}' requires an argument`, errStatus);
        setValue(letter, v);
      } else out.flags.add(letter);
      continue;
    }
    if (a.startsWith('-') && a.length > 1 && !(a.startsWith('--') && !spec.long)) {
      if (spec.numericShort && /^-[0-9]+$/.test(a)) {
        setValue(spec.numericShort, a.slice(1));
        continue;
      }
      for (let j = 1; j < a.length; j++) {
        const c = a[j] as string;
        if (value.includes(c)) {
          const v = j + 1 < a.length ? a.slice(j + 1) : args[++i];
          if (v === undefined) return usageError(ctx, `option requires an argument -- '${c}'`, errStatus);
          setValue(c, v);
          break;
        }
        if (!bool.includes(c)) return usageError(ctx, `invalid option -- '${c}'`, errStatus);
        out.flags.add(c);
      }
      continue;
    }
    out.operands.push(a);
    if (spec.stopAtOperand) {
      out.operands.push(...args.slice(i + 1));
      break;
    }
  }
  return out;
}

function uniquePrefix(keys: string[], key: string): string | undefined {
  const hits = keys.filter(k => k.replace(/=$/, '').startsWith(key));
  return hits.length === 1 ? hits[0] : undefined;
}

export function usageError(ctx: ShellCommandContext, msg: string, status = 1): number {
  const name = ctx.argv[0] as string;
  ctx.stderr(`${name}: ${msg}\nTry '${name} --help' for more information.\n`);
  return status;
}

/** `cmd: message` on stderr; returns `status`. */
export function fail(ctx: ShellCommandContext, msg: string, status = 1): number {
  ctx.stderr(`${ctx.argv[0]}: ${msg}\n`);
  return status;
}

export function errText(e: unknown): string {
  if (e instanceof FsError) return FS_ERROR_TEXT[e.code];
  throw e;
}

export function abs(ctx: ShellCommandContext, path: string): string {
  return resolvePath(ctx.cwd, path);
}

/**
 * Read each operand (or stdin for none / `-`), reporting `cmd: x: No such file or directory`.
 * Returns the texts in order and whether any failed.
 */
export function readInputs(ctx: ShellCommandContext, operands: string[]): { texts: { name: string; text: string }[]; failed: boolean } {
  const texts: { name: string; text: string }[] = [];
  let failed = false;
  if (operands.length === 0) return { texts: [{ name: '-', text: ctx.stdin }], failed };
  for (const op of operands) {
    if (op === '-') {
      texts.push({ name: '-', text: ctx.stdin });
      continue;
    }
    try {
      texts.push({ name: op, text: ctx.fs.readFile(abs(ctx, op)) });
    } catch (e) {
      fail(ctx, `${op}: ${errText(e)}`);
      failed = true;
    }
  }
  return { texts, failed };
}

/** id → name of a passwd or group file, by its text: `ls -l` on every machine reads the same few. */
const idTables = new Map<string, ReadonlyMap<number, string>>();
const NO_IDS: ReadonlyMap<number, string> = new Map();

function idTable(fs: FileSystem, path: string): ReadonlyMap<number, string> {
  let text: string;
  try {
    text = fs.readFile(path);
  } catch {
    return NO_IDS; // no such file in this image: numeric ids
  }
  let map = idTables.get(text);
  if (!map) {
    const m = new Map<number, string>();
    for (const line of text.split('\n')) {
      const [name, , id] = line.split(':');
      if (name && id !== undefined && !m.has(Number(id))) m.set(Number(id), name);
    }
    if (idTables.size >= 32) idTables.clear();
    idTables.set(text, (map = m));
  }
  return map;
}

/** User and group names from /etc/passwd and /etc/group; undefined for ids without an entry. */
export function idLookup(fs: FileSystem): { user(uid: number): string | undefined; group(gid: number): string | undefined } {
  const users = idTable(fs, '/etc/passwd');
  const groups = idTable(fs, '/etc/group');
  return { user: uid => users.get(uid), group: gid => groups.get(gid) };
}

/** Names for ids, the number itself when there is no entry (as `ls -l` shows them). */
export function idNames(fs: FileSystem): { user(uid: number): string; group(gid: number): string } {
  const look = idLookup(fs);
  return { user: uid => look.user(uid) ?? String(uid), group: gid => look.group(gid) ?? String(gid) };
}

/** Split text into lines, ignoring the final newline (so 'a\nb\n' → ['a','b']). */
export function lines(text: string): string[] {
  if (text === '') return [];
  const parts = text.split('\n');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

export function joinLines(ls: readonly string[]): string {
  return ls.length === 0 ? '' : ls.join('\n') + '\n';
}
