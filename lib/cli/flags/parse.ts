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

function parseLong(s: string, rest: string[], set: FlagSet, state: FlagState): string[] {
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
  else if (rest.length > 0) {
    value = rest[0]!;
    rest = rest.slice(1);
  } else throw new FlagError(`flag needs an argument: ${s}`);
  state.set(def, value);
  return rest;
}

function parseShort(s: string, rest: string[], set: FlagSet, state: FlagState): string[] {
  let shorthands = s.slice(1);
  const chars = () => [...shorthands];
  while (shorthands.length > 0) {
    const c = chars()[0]!;
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
    } else if (rest.length > 0) {
      value = rest[0]!;
      rest = rest.slice(1);
      shorthands = '';
    } else {
      throw new FlagError(`flag needs an argument: ${goQuoteRune(firstByte(c))} in -${c}`);
    }
    if (def.shorthandDeprecated) state.warnings.push(`Flag shorthand -${def.short} has been deprecated, ${def.shorthandDeprecated}\n`);
    state.set(def, value);
  }
  return rest;
}

/**
 * Parse `argv` (without the command words) against `set`, storing values in `state`.
 * Throws FlagError (message = pflag's text) or HelpRequested.
 */
export function parseFlags(argv: readonly string[], set: FlagSet, state: FlagState, interspersed = true): ParseResult {
  const args: string[] = [];
  let argsLenAtDash = -1;
  let rest = [...argv];
  while (rest.length > 0) {
    const s = rest[0]!;
    rest = rest.slice(1);
    if (s.length < 2 || s[0] !== '-') {
      args.push(s);
      if (!interspersed) {
        args.push(...rest);
        return { args, argsLenAtDash };
      }
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        argsLenAtDash = args.length;
        args.push(...rest);
        break;
      }
      rest = parseLong(s, rest, set, state);
    } else {
      rest = parseShort(s, rest, set, state);
    }
  }
  return { args, argsLenAtDash };
}
