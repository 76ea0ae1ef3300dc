/**
 * Every docker / kubectl / docker-compose command line the course shows, with its file and line:
 * shell fences (bash, sh, shell — `norun` ones too), the `$ ` commands of console transcripts, the
 * scripts of `<Exercise>` blocks (setup commands, solution, alternatives, near misses) and the
 * type-the-command quiz questions (setup, solution, accept, reject, probes).
 *
 * Lines meant to be invalid carry a marker (docs/content-format.md, "Command lines"): the MDX comment
 * `{/* check-commands: invalid *\/}` on the line before a fence, or the comment
 * `# check-commands: invalid` at the end of a shell or YAML line.
 */
import { parse } from 'yaml';
import { consoleCommands } from '../../lib/content/code-blocks';
import { INVALID_MARKER, toolSegments } from './shell-segments';

export interface CommandLine {
  file: string;
  /** 1-based line in the file. */
  line: number;
  text: string;
  /** Where it came from: `bash`, `console`, `exercise <id> solution`, `quiz <id> accept`… */
  source: string;
  expectInvalid: boolean;
  /** In a fence marked `error` (fails on purpose): a rejected line is allowed. */
  mayFail?: boolean;
  /** Set when the block could not be read (its commands are then unknown). */
  error?: string;
}

const SHELL = new Set(['bash', 'sh', 'shell']);
const SESSION = new Set(['console', 'shellsession']);
const FENCE = /^(\s*)(`{3,})(\w*)([^\n]*)$/;
const BLOCK_MARKER = /^\{\/\*\s*check-commands:\s*invalid\s*\*\/\}$/;

interface Fence {
  lang: string;
  meta: string;
  body: string[];
  /** 1-based line of the first body line. */
  start: number;
  marked: boolean;
}

function fences(source: string): Fence[] {
  const lines = source.split('\n');
  const out: Fence[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const [, indent, ticks, lang = '', meta = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.trim() !== ticks) body.push(lines[j++]!.slice(indent!.length));
    let k = i - 1;
    while (k >= 0 && lines[k]!.trim() === '') k--;
    out.push({ lang, meta: meta.trim(), body, start: i + 2, marked: k >= 0 && BLOCK_MARKER.test(lines[k]!.trim()) });
    i = j;
  }
  return out;
}

/** Where `script` (or its first line) sits in `raw`, searching from `from`; 0-based, -1 if absent. */
function locate(raw: string[], script: string, from: number): number {
  const first = script.split('\n')[0]!.trim();
  for (let i = from; i < raw.length; i++) if (raw[i]!.includes(first)) return i;
  for (let i = 0; i < raw.length; i++) if (raw[i]!.includes(first)) return i;
  return -1;
}

/** Scripts of a YAML text (exercise or quiz), each placed on its raw line. */
function fromScripts(file: string, raw: string[], offset: number, scripts: Array<[string, string]>): CommandLine[] {
  const out: CommandLine[] = [];
  let cursor = 0;
  for (const [source, script] of scripts) {
    const at = locate(raw, script, cursor);
    if (at >= 0) cursor = at;
    const single = !script.includes('\n');
    const marked = single && at >= 0 && raw[at]!.includes(INVALID_MARKER);
    for (const seg of toolSegments(script)) {
      out.push({ file, line: offset + Math.max(at, 0) + seg.line, text: seg.text, source, expectInvalid: seg.expectInvalid || marked });
    }
  }
  return out;
}

type Scripts = Array<[string, string]>;
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

function exerciseScripts(spec: Record<string, unknown>): Scripts {
  const setup = (spec['setup'] ?? {}) as Record<string, unknown>;
  return [
    ...list(setup['commands']).map((s): [string, string] => ['exercise setup', s]),
    ...list(spec['solution']).map((s): [string, string] => ['exercise solution', s]),
    ...list(spec['alternatives']).map((s): [string, string] => ['exercise alternative', s]),
    ...list(spec['nearMisses']).map((s): [string, string] => ['exercise near miss', s]),
  ];
}

/** Command lines of one lesson (MDX source). */
export function lessonCommands(file: string, source: string): CommandLine[] {
  const out: CommandLine[] = [];
  for (const f of fences(source)) {
    const text = f.body.join('\n');
    const mayFail = f.meta.split(/\s+/).includes('error') ? { mayFail: true } : {};
    if (SHELL.has(f.lang)) {
      for (const seg of toolSegments(text)) out.push({ file, line: f.start + seg.line, text: seg.text, source: f.lang, expectInvalid: f.marked || seg.expectInvalid, ...mayFail });
    } else if (SESSION.has(f.lang)) {
      let cursor = 0;
      for (const cmd of consoleCommands(text)) {
        const at = Math.max(0, f.body.findIndex((l, i) => i >= cursor && l.startsWith('$ ') && l.slice(2) === cmd.split('\n')[0]));
        cursor = at + 1;
        for (const seg of toolSegments(cmd)) out.push({ file, line: f.start + at + seg.line, text: seg.text, source: f.lang, expectInvalid: f.marked || seg.expectInvalid, ...mayFail });
      }
    } else if (f.lang === 'yaml' && f.meta === 'exercise') {
      let spec: Record<string, unknown>;
      try {
        spec = (parse(text) ?? {}) as Record<string, unknown>;
      } catch (error) {
        out.push({ file, line: f.start, text: '', source: 'exercise', expectInvalid: false, error: `exercise YAML does not parse: ${(error as Error).message.split('\n')[0]}` });
        continue;
      }
      out.push(...fromScripts(file, f.body, f.start, exerciseScripts(spec)));
    }
  }
  return out;
}

/** Command lines of one quiz bank (YAML source): the type-the-command questions. */
export function quizCommands(file: string, source: string): CommandLine[] {
  let bank: { questions?: Array<Record<string, unknown>> };
  try {
    bank = (parse(source) ?? {}) as typeof bank;
  } catch (error) {
    return [{ file, line: 1, text: '', source: 'quiz', expectInvalid: false, error: `quiz YAML does not parse: ${(error as Error).message.split('\n')[0]}` }];
  }
  const raw = source.split('\n');
  const out: CommandLine[] = [];
  for (const q of bank.questions ?? []) {
    if (q['type'] !== 'command') continue;
    const id = String(q['id']);
    const compare = (q['compare'] ?? {}) as Record<string, unknown>;
    const scripts: Scripts = [
      ...list(q['setup']).map((s): [string, string] => [`quiz ${id} setup`, s]),
      ...list(q['solution']).map((s): [string, string] => [`quiz ${id} solution`, s]),
      ...list(q['accept']).map((s): [string, string] => [`quiz ${id} accept`, s]),
      ...list(q['reject']).map((s): [string, string] => [`quiz ${id} reject`, s]),
      ...list(compare['probes']).map((s): [string, string] => [`quiz ${id} probe`, s]),
    ];
    const start = Math.max(0, raw.findIndex((l) => l.includes(`id: ${id}`)));
    out.push(...fromScripts(file, raw.slice(start), start + 1, scripts));
  }
  return out;
}
