/**
 * Whether a database client talks to a terminal, and its interactive prompt loop. A client run
 * by `docker exec -it` is spawned by argv (no shell, so no TTY flags reach it): its terminal shows
 * as TERM in its environment, as Docker sets it with -t. In a shell inside the container the
 * shell's own flags tell.
 */
import type { CommandContext, ProcessResult } from '../../shell/types';

const spawnedOnTerminal = (ctx: CommandContext) => ctx.stdinIsTTY !== true && ctx.stdoutIsTTY !== true && ctx.env['TERM'] !== undefined;

/** Standard output is a terminal (redis-cli's quoted replies, mysql's boxed tables). */
export function outputIsTerminal(ctx: CommandContext): boolean {
  return ctx.stdoutIsTTY === true || (spawnedOnTerminal(ctx) && ctx.stdin === '');
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
export function promptLoop(ctx: CommandContext, prompt: () => string, onLine: (line: string) => LineOutcome): number {
  const ask = ctx.shell.ask;
  if (!ask) return 0;
  const next = (): void =>
    ask((line): ProcessResult => {
      const r = onLine(line);
      if (r.exit !== undefined) return { stdout: r.text, stderr: '', exitCode: r.exit };
      next();
      return { stdout: r.text + prompt(), stderr: '', exitCode: 0 };
    });
  ctx.stdout(prompt());
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
