/**
 * Whether a database client talks to a terminal, and its interactive prompt loop. A client run
 * by `docker exec -it` is spawned by argv (no shell, so no TTY flags reach it): its terminal shows
 * as TERM in its environment, as Docker sets it with -t. In a shell inside the container the
 * shell's own flags tell.
 */
import type { CommandContext, ProcessResult, ShellControl } from '../../shell/types';
import type { Engine } from '../../sim/index';

type Ask = NonNullable<ShellControl['ask']>;

/**
 * The learner's terminal, for a client spawned in its foreground by `docker exec -it` (such a
 * process runs detached from the shell, which gives it no `ask`): the host binds its session's.
 */
const terminals = new WeakMap<Engine, () => Ask | undefined>();

export function bindForegroundTerminal(eng: Engine, ask: () => Ask | undefined): void {
  terminals.set(eng, ask);
}

/** How this client can read a line from the learner: its shell's ask, or the foreground terminal's. */
export function askerFor(eng: Engine, ctx: CommandContext): Ask | undefined {
  if (ctx.shell.ask) return ctx.shell.ask;
  return spawnedOnTerminal(ctx) && ctx.stdin === '' ? terminals.get(eng)?.() : undefined;
}

const spawnedOnTerminal = (ctx: CommandContext) => ctx.stdinIsTTY !== true && ctx.stdoutIsTTY !== true && ctx.env['TERM'] !== undefined;

/** Standard output is a terminal (redis-cli's quoted replies, mysql's boxed tables). */
export function outputIsTerminal(ctx: CommandContext): boolean {
  return ctx.stdoutIsTTY === true || (spawnedOnTerminal(ctx) && ctx.stdin === '');
}

/**
 * The client's two output streams. Spawned on a terminal (`docker exec -it`), both are the one
 * pseudo-terminal, so stderr goes out with stdout in the order written (as on real Docker).
 */
export function streams(ctx: CommandContext): { out: (t: string) => void; err: (t: string) => void } {
  const out = (t: string) => ctx.stdout(t);
  return { out, err: spawnedOnTerminal(ctx) && ctx.stdin === '' ? out : (t: string) => ctx.stderr(t) };
}

/** Standard input is a terminal: with no command to run, the client opens its prompt. */
export function inputIsTerminal(ctx: CommandContext): boolean {
  return ctx.stdinIsTTY === true || (spawnedOnTerminal(ctx) && ctx.stdin === '');
}

export interface LineOutcome {
  /** Everything the line printed (stdout and stderr in order: one terminal). */
  text: string;
  /** The client exits (quit, \q, exit) with this status. */
  exit?: number;
}

/**
 * An interactive prompt: prints `prompt()`, and each line the learner types goes to `onLine`
 * until it says exit. Returns the status of the command line that opened it (0). Without a
 * terminal to ask on (scripts, tests without one), nothing is read.
 */
export function promptLoop(ask: Ask | undefined, out: (text: string) => void, prompt: () => string, onLine: (line: string) => LineOutcome): number {
  if (!ask) return 0;
  const next = (): void =>
    ask((line): ProcessResult => {
      const r = onLine(line);
      if (r.exit !== undefined) return { stdout: r.text, stderr: '', exitCode: r.exit };
      next();
      return { stdout: r.text + prompt(), stderr: '', exitCode: 0 };
    });
  out(prompt());
  next();
  return 0;
}

/** Split a line into words as redis-cli and the shells do for simple quoting ("a b", 'c'). Null: unbalanced quotes. */
export function splitArgs(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && /\s/.test(line[i]!)) i++;
    if (i >= line.length) break;
    let word = '';
    while (i < line.length && !/\s/.test(line[i]!)) {
      const q = line[i]!;
      if (q === '"' || q === "'") {
        const end = line.indexOf(q, i + 1);
        if (end < 0) return null;
        word += line.slice(i + 1, end).replace(q === '"' ? /\\(.)/g : /(?!)/g, (_m, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
        i = end + 1;
      } else word += line[i++];
    }
    out.push(word);
  }
  return out;
}
