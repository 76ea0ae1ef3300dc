/**
 * pflag's argument parser: `--name=web`, `--name web`, `-dit`, `-p8080:80`, `-e=X`, `--`,
 * bool NoOptDefVal, interspersed or not (docker run/exec stop at the first positional),
 * and pflag's exact error messages.
 */
import type { FlagSet, FlagState } from './flag-set';
import { goQuoteRune, utf8Bytes } from './go-strconv';
import { FlagError, HelpRequested } from './types';

export interface ParseResult {
  /** Positional arguments (everything after `--` included). */
  args: string[];
  /** Number of positionals before `--`, or -1 when there was no `--`. */
  argsLenAtDash: number;
}

/** The code point Go's `%q` shows for the first byte of a shorthand (a byte, not a rune). */
function firstByte(s: string): number {
  return utf8Bytes(s)[0] ?? 0;
}

/** The words being parsed and the index of the next one not yet taken. */
interface Cursor {
  readonly argv: readonly string[];
  next: number;
}

function parseLong(s: string, rest: Cursor, set: FlagSet, state: FlagState): void {
  const body = s.slice(2);
  if (body.length === 0 || body[0] === '-' || body[0] === '=') throw new FlagError(`bad flag syntax: ${s}`);
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const def = set.lookup(name);
  if (!def) {
    if (name === 'help') throw new HelpRequested();
    throw new FlagError(`unknown flag: --${name}`);
  }
  let value: string;
  if (eq >= 0) value = body.slice(eq + 1);
  else if (def.noOptDefVal !== undefined) value = def.noOptDefVal;
  else if (rest.next < rest.argv.length) value = rest.argv[rest.next++]!;
  else throw new FlagError(`flag needs an argument: ${s}`);
  state.set(def, value);
}

function parseShort(s: string, rest: Cursor, set: FlagSet, state: FlagState): void {
  let shorthands = s.slice(1);
  while (shorthands.length > 0) {
    const c = String.fromCodePoint(shorthands.codePointAt(0)!);
    const after = shorthands.slice(c.length);
    const def = set.lookupShort(c);
    if (!def) {
      if (c === 'h') throw new HelpRequested();
      throw new FlagError(`unknown shorthand flag: ${goQuoteRune(firstByte(c))} in -${shorthands}`);
    }
    let value: string;
    if (after.length > 0 && after[0] === '=') {
      value = after.slice(1);
      shorthands = '';
    } else if (def.noOptDefVal !== undefined) {
      value = def.noOptDefVal;
      shorthands = after;
    } else if (after.length > 0) {
      value = after;
      shorthands = '';
    } else if (rest.next < rest.argv.length) {
      value = rest.argv[rest.next++]!;
      shorthands = '';
    } else {
      throw new FlagError(`flag needs an argument: ${goQuoteRune(firstByte(c))} in -${c}`);
    }
    if (def.shorthandDeprecated) state.warnings.push(`Flag shorthand -${def.short} has been deprecated, ${def.shorthandDeprecated}\n`);
    state.set(def, value);
  }
}

/**
 * Parse `argv` (without the command words) against `set`, storing values in `state`.
 * Throws FlagError (message = pflag's text) or HelpRequested.
 */
export function parseFlags(argv: readonly string[], set: FlagSet, state: FlagState, interspersed = true): ParseResult {
  const args: string[] = [];
  let argsLenAtDash = -1;
  const rest: Cursor = { argv, next: 0 };
  while (rest.next < argv.length) {
    const s = argv[rest.next++]!;
    if (s.length < 2 || s[0] !== '-') {
      args.push(s);
      if (!interspersed) {
        while (rest.next < argv.length) args.push(argv[rest.next++]!);
        return { args, argsLenAtDash };
      }
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        argsLenAtDash = args.length;
        while (rest.next < argv.length) args.push(argv[rest.next++]!);
        break;
      }
      parseLong(s, rest, set, state);
    } else {
      parseShort(s, rest, set, state);
    }
  }
  return { args, argsLenAtDash };
}
