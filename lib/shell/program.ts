/**
 * A source text parsed for running: the command lines in order, then the syntax error that stops
 * it (if any), and bash's warnings. Parsing depends on nothing but the text (aliases expand when a
 * command runs), so a program is parsed once and kept: a learner re-runs the same lines, and a
 * container's `sh -c` script runs again on every restart. The AST is never changed while it runs.
 */
import type { List } from './ast';
import { parse } from './parser';

export interface Program {
  /** Command lines (newline-terminated lists) that parsed, in order. */
  readonly lines: readonly List[];
  /** The error that ends the text after `lines` (ShellSyntaxError, IncompleteInput…), or null. */
  readonly error: unknown;
  /** Warnings to print before running (a heredoc delimited by end of input). */
  readonly warnings: readonly string[];
}

/** Texts up to this size are kept; longer ones (pasted scripts) are parsed each time. */
const MAX_KEPT_TEXT = 4096;
/**
 * Two generations of at most this many texts each: a text found in the young one costs a single
 * lookup (no reordering per run); one found in the old one moves to the young one; when the young
 * one is full it becomes the old one (whose texts, unused for a whole generation, are dropped).
 */
const GENERATION = 128;
let young = new Map<string, Program>();
let old = new Map<string, Program>();

/** The program of `src`, as `runSource` runs it (a heredoc may end at the end of input). */
export function programOf(src: string): Program {
  const hit = young.get(src);
  if (hit) return hit;
  const program = old.get(src) ?? parseProgram(src);
  keep(src, program);
  return program;
}

function keep(src: string, program: Program): void {
  if (src.length > MAX_KEPT_TEXT) return;
  if (young.size >= GENERATION) {
    old = young;
    young = new Map();
  }
  young.set(src, program);
}

function parseProgram(src: string): Program {
  const lines: List[] = [];
  let parsed;
  try {
    parsed = parse(src, { lenientHeredoc: true });
  } catch (e) {
    return { lines, error: e, warnings: [] };
  }
  try {
    for (let list = parsed.parser.parseNext(); list; list = parsed.parser.parseNext()) lines.push(list);
  } catch (e) {
    return { lines, error: e, warnings: parsed.warnings };
  }
  return { lines, error: null, warnings: parsed.warnings };
}
