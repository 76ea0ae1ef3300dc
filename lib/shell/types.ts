/**
 * The seams of the shell. Two audiences:
 *  - the terminal (components/terminal) and the headless runner talk to a `ShellSession`;
 *  - tools (docker, kubectl, curl, …) plug into the shell as `CommandFn`s.
 * Nothing here knows about xterm, React or the DOM.
 */
import type { FileSystem } from '../sim/fs/types';

/** What one submitted input produced. */
export interface RunResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Output in the order it was written (stdout and stderr interleaved), for the terminal. */
  output: ReadonlyArray<{ fd: 1 | 2; text: string }>;
  /** The screen should be cleared before writing output (`clear`, Ctrl+L). */
  clear?: boolean;
}

export interface Completion {
  /** Index in the line where the replaced word starts. */
  from: number;
  /** Candidate replacements for line.slice(from, cursor). One candidate = complete it. */
  candidates: string[];
}

/** What the terminal talks to. Synchronous: the simulated host has no real I/O. */
export interface ShellSession {
  /** The prompt to show now, e.g. `learner@dockerlings:~$ ` (changes inside a container shell). */
  prompt(): string;
  /** True when `source` is incomplete (open quote, trailing `\`, unfinished heredoc or `&&`). */
  needsMore(source: string): boolean;
  /** Run one complete input (may span lines) and return everything it printed. Never throws. */
  run(source: string): RunResult;
  /** Completions for the word at `cursor`. */
  complete(line: string, cursor: number): Completion;
  /** Ctrl+C: interrupt a foreground/attached process if there is one. */
  interrupt(): RunResult;
  /** Submitted lines, oldest first (capped). */
  history(): readonly string[];
  /**
   * A program waits for the answer to a question it printed (`[y/N] `, `Password: `): null when none.
   * prompt() is '' meanwhile and the next line run() gets, even an empty one, is the answer;
   * `secret`: a password, which the terminal must not echo.
   */
  asking?(): { secret: boolean } | null;
}

/** A tool or builtin. Returns the exit status; writes through ctx. Must not throw for user errors. */
export type CommandFn = ((ctx: CommandContext) => number) & {
  /** Optional Tab completion for the tool's own words (subcommands, flags, object names). */
  complete?: CommandCompleter;
};

/**
 * Completion hook: `words` are the complete words before the cursor (words[0] is the command name),
 * `current` the partial word being completed. Return candidate words; the shell keeps those that
 * start with `current` (returning [] lets the shell fall back to file names).
 */
export type CommandCompleter = (request: { words: readonly string[]; current: string }, ctx: CompleteContext) => readonly string[];

export interface CompleteContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  readonly fs: FileSystem;
  readonly machine: Machine;
}

export interface CommandContext {
  /** argv[0] is the command name as typed. */
  readonly argv: readonly string[];
  /** Everything piped or redirected in ('' when none). */
  readonly stdin: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stdout / stderr / stdin are the learner's terminal (not a pipe, file or $( … )); absent: not a terminal. */
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  readonly stdinIsTTY?: boolean;
  /** Environment as the command sees it (exported variables plus `VAR=x cmd` prefixes). */
  readonly env: Readonly<Record<string, string>>;
  /** Absolute working directory. */
  readonly cwd: string;
  /** The filesystem of the machine this shell runs on (the learner's host, or a container's view). */
  readonly fs: FileSystem;
  /** Control over the session: nested shells, attached processes, running sub-scripts. */
  readonly shell: ShellControl;
}

export interface ShellControl {
  /**
   * Open a nested interactive shell (e.g. `docker exec -it web sh`) on another machine until the
   * learner types `exit`; `onExit` runs then (e.g. to stop a `docker run -it` container).
   */
  enter(machine: Machine, onExit?: (exitCode: number) => string | void, opts?: ShellStart): void;
  /**
   * Keep the terminal attached to a running process (e.g. `docker run nginx` without -d, `logs -f`).
   * Input is ignored until Ctrl+C, which calls `onInterrupt` and returns its output.
   */
  attach(onInterrupt: () => { output: string; exitCode: number }): void;
  /**
   * The process this command left running (`attach`) ended by itself with `status` (kubectl
   * port-forward losing its pod): a background job is then reported done at the next prompt.
   * Optional: absent where nothing keeps running.
   */
  exited?(status: number): void;
  /**
   * Wait for the learner's answer to a question the command just printed (docker's `[y/N]`
   * prompts): the next line typed goes to `onAnswer` instead of the shell, and its result is that
   * line's output and status. Optional: hosts without a terminal omit it (answers come from stdin).
   * `secret`: the answer is a password, not echoed (`docker login`'s `Password: `).
   */
  ask?(onAnswer: (answer: string) => ProcessResult, opts?: { secret?: boolean }): void;
  /** Run a script non-interactively on a machine (e.g. `sh -c` inside a container). */
  exec(machine: Machine, script: string, io: { stdin?: string; env?: Record<string, string>; cwd?: string }): ProcessResult;
  /**
   * Run one program by argv on a machine, without shell parsing (e.g. a container's main process
   * `ls -l /`). A name that does not exist gives exit code 127 and `sh: x: not found` on stderr;
   * callers that need Docker's own wording (OCI runtime error) check `which` first.
   */
  spawn(machine: Machine, argv: readonly string[], io: { stdin?: string; env?: Record<string, string>; cwd?: string }): ProcessResult;
  /** Absolute path of the program `name` would run on `machine` (PATH lookup), or null when there is none. */
  which(machine: Machine, name: string): string | null;
  /**
   * Write to the learner's terminal later, while other commands run: what a background job that
   * keeps running prints (`Handling connection for 8080`) shows in the output of the current input.
   */
  print?(text: string): void;
}

export interface ProcessResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** Where a nested shell starts (defaults: cwd `/`, the machine's env). */
export interface ShellStart {
  cwd?: string;
  env?: Record<string, string>;
}

/** A place a shell can run: the learner's host or a container. */
export interface Machine {
  hostname: string;
  user: { name: string; uid: number; gid: number; home: string };
  fs: FileSystem;
  /** Commands available on this machine besides the shell's builtins (docker on the host; none in alpine…). */
  commands: Readonly<Record<string, CommandFn>>;
  /** Simulated clock shared with the engine (`sleep` advances it). */
  clock: { now(): number; advance(ms: number): void };
  /** Base environment (PATH, HOME, HOSTNAME…). */
  env: Readonly<Record<string, string>>;
  /** Shell flavour shown in messages: `bash` on the host, `sh` (ash) in alpine/busybox. */
  shellName: 'bash' | 'sh';
}
