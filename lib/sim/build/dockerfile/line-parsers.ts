/**
 * Per-instruction argument parsers (BuildKit's line_parsers.go): JSON arrays, key=value lists
 * (with the legacy `KEY value` form), whitespace-separated words, plain strings, HEALTHCHECK.
 * They produce the flat argument list the instruction parsers consume.
 */
import { DockerfileError } from './errors';
import { parseWords, RE_WHITESPACE, splitWhitespace, trimLeftSpace } from './split';

export interface ParsedArgs {
  args: string[];
  /** The arguments were a JSON array (exec form). */
  json: boolean;
}

const NONE: ParsedArgs = { args: [], json: false };
const NOT_STRINGS = 'when using JSON array syntax, arrays must be comprised of strings only';

type JsonResult = { ok: true; args: string[] } | { ok: false; notStrings: boolean };

function parseJSON(rest: string): JsonResult {
  const t = trimLeftSpace(rest);
  if (!t.startsWith('[')) return { ok: false, notStrings: false };
  let value: unknown;
  try {
    value = JSON.parse(t);
  } catch {
    return { ok: false, notStrings: false };
  }
  if (!Array.isArray(value)) return { ok: false, notStrings: false };
  if (!value.every((v) => typeof v === 'string')) return { ok: false, notStrings: true };
  return { ok: true, args: value as string[] };
}

/** CMD, ENTRYPOINT, RUN, SHELL: a JSON array, else the whole string as one argument. */
export function parseMaybeJSON(rest: string): ParsedArgs {
  if (rest === '') return NONE;
  const j = parseJSON(rest);
  if (j.ok) return { args: j.args, json: true };
  if (j.notStrings) throw new DockerfileError(NOT_STRINGS);
  return { args: [rest], json: false };
}

/** ADD, COPY, VOLUME: a JSON array, else whitespace-separated words. */
export function parseMaybeJSONToList(rest: string): ParsedArgs {
  const j = parseJSON(rest);
  if (j.ok) return { args: j.args, json: true };
  if (j.notStrings) throw new DockerfileError(NOT_STRINGS);
  return parseStringsWhitespaceDelimited(rest);
}

/** FROM, EXPOSE: whitespace-separated words, no quote handling. */
export function parseStringsWhitespaceDelimited(rest: string): ParsedArgs {
  if (rest === '') return NONE;
  return { args: splitWhitespace(rest), json: false };
}

/** MAINTAINER, STOPSIGNAL, USER, WORKDIR: the whole rest as one argument. */
export function parseString(rest: string): ParsedArgs {
  return rest === '' ? NONE : { args: [rest], json: false };
}

/** ARG: quote-aware words (`name`, `name=value`). */
export function parseNameOrNameVal(rest: string, escape: string): ParsedArgs {
  return { args: parseWords(rest, escape), json: false };
}

/**
 * ENV, LABEL: `key=value …` or the legacy `KEY value`. Produces triples [key, value, sep] where
 * sep is '=' for the new form and '' for the legacy one.
 */
export function parseNameVal(rest: string, key: string, escape: string): ParsedArgs {
  const words = parseWords(rest, escape);
  if (words.length === 0) return NONE;
  if (!words[0]!.includes('=')) {
    const m = RE_WHITESPACE.exec(rest);
    if (!m) throw new DockerfileError(`${key} must have two arguments`);
    return { args: [rest.slice(0, m.index), rest.slice(m.index + m[0].length), ''], json: false };
  }
  const args: string[] = [];
  for (const word of words) {
    const eq = word.indexOf('=');
    if (eq < 0) throw new DockerfileError(`Syntax error - can't find = in ${JSON.stringify(word)}. Must be of the form: name=value`);
    args.push(word.slice(0, eq), word.slice(eq + 1), '=');
  }
  return { args, json: false };
}

/** HEALTHCHECK: the type word (CMD/NONE) then a maybe-JSON command. */
export function parseHealthConfig(rest: string): ParsedArgs {
  let sep = 0;
  while (sep < rest.length && !/\s/.test(rest[sep]!)) sep++;
  let next = sep;
  while (next < rest.length && /\s/.test(rest[next]!)) next++;
  if (sep === 0) return NONE;
  const cmd = parseMaybeJSON(rest.slice(next));
  return { args: [rest.slice(0, sep), ...cmd.args], json: cmd.json };
}
