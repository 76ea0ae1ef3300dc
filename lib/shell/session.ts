/**
 * ShellSession: what the terminal and the headless runner talk to. Owns the plain-data state
 * (frames, history, rng), the stack of machines (host shell, nested container shells), the
 * attached-process hook, and implements ShellControl for tools. run() never throws.
 */
import type { Completion, Machine, ProcessResult, RunResult, ShellControl, ShellSession, ShellStart } from './types';
import { LIMITS, type Budget, type SessionHooks } from './context';
import { withDevices } from './devfs';
import { ExitSignal, IncompleteInput, LimitError } from './errors';
import { Interp } from './interp';
import { OutputLog, Stdin, CappedBuffer, type Io } from './io';
import { parse } from './parser';
import { renderPrompt } from './prompt';
import { bumpShellLevel, clonePlain, newFrame, type Frame, type SessionState } from './state';
import { completeLine } from './complete';
import { runProcess, whichOnMachine } from './process';
import { expandHistory } from './history-expand';
import { JobControl } from './jobs/control';
import { recent, remember } from './history-list';

const NO_HISTORY: readonly string[] = [];

export interface SessionOptions {
  /** The machine the session starts on (the learner's host). */
  machine: Machine;
  /** Working directory at start (default: the user's home). */
  cwd?: string;
  /** Seed for $RANDOM. */
  seed?: number;
}


export class Session implements ShellSession {
  private state: SessionState;
  private machines: Machine[];
  private onExits: (((code: number) => string | void) | undefined)[] = [undefined];
  private attached: (() => { output: string; exitCode: number }) | null = null;
  /** A program waiting for the learner's answer (`Are you sure you want to continue? [y/N]`). */
  private answerTo: { onAnswer: (answer: string) => ProcessResult; secret: boolean } | null = null;
  private clearRequested = false;
  /** Budget of the input being run (shared with exec/spawn calls made by tools during it). */
  private budget: Budget | null = null;
  private execDepth = 0;
  private exitedTop: number | null = null;
  readonly control: ShellControl;
  readonly hooks: SessionHooks;
  private readonly jobs = new JobControl(() => (this.state.jobs ??= []), () => (this.machines[0] as Machine).clock.now());

  constructor(opts: SessionOptions) {
    this.machines = [opts.machine];
    const frame = newFrame(opts.machine, opts.cwd ?? opts.machine.user.home, 1000);
    this.state = { frames: [frame], history: [], rng: (opts.seed ?? 0x5eed) >>> 0, nextPid: 1001 };
    this.control = {
      enter: (machine, onExit, start) => this.enter(machine, onExit, start),
      attach: onInterrupt => void (this.attached = onInterrupt),
      ask: (onAnswer, opts) => void (this.answerTo = { onAnswer, secret: opts?.secret ?? false }),
      exec: (machine, script, io) => this.process(machine, { script }, io),
      spawn: (machine, argv, io) => this.process(machine, { argv }, io),
      which: (machine, name) => whichOnMachine(machine, name, this.hooks),
      print: text => this.jobs.print(text),
    };
    this.hooks = {
      control: this.control,
      history: () => recent(this.state.history),
      clearHistory: () => void (this.state.history = []),
      requestClear: () => void (this.clearRequested = true),
      nextPid: () => this.state.nextPid++,
      random: () => this.random(),
      jobs: this.jobs,
    };
  }

  private get top(): { frame: Frame; machine: Machine } {
    const i = this.state.frames.length - 1;
    return { frame: this.state.frames[i] as Frame, machine: this.machines[i] as Machine };
  }

  /** Nested shells currently open (0 on the host). */
  get depth(): number {
    return this.state.frames.length - 1;
  }

  prompt(): string {
    if (this.attached || this.answerTo) return '';
    const { frame, machine } = this.top;
    return renderPrompt(machine, frame);
  }

  asking() { return this.answerTo && { secret: this.answerTo.secret }; }

  needsMore(source: string): boolean {
    if (source.length > LIMITS.maxInput || this.answerTo) return false;
    try {
      parse(source).parser.parseAll();
      return false;
    } catch (e) {
      return e instanceof IncompleteInput;
    }
  }

  run(source: string): RunResult {
    const log = new OutputLog();
    this.exitedTop = null;
    if (this.attached) return this.result(log, 0);
    const asking = this.answerTo;
    if (asking) {
      // The line answers the waiting program's question; it is not a shell command.
      this.answerTo = null;
      const r = asking.onAnswer(source.split('\n')[0] ?? '');
      log.out(r.stdout);
      log.err(r.stderr);
      this.top.frame.lastExit = r.exitCode;
      return this.result(log, r.exitCode);
    }
    const { frame, machine } = this.top;
    const name = machine.shellName;
    if (name === 'bash' && source.length <= LIMITS.maxInput) {
      const expanded = expandHistory(source, source.includes('!') ? recent(this.state.history) : NO_HISTORY);
      if (!expanded.ok) {
        log.err(`bash: ${expanded.error}\n`);
        frame.lastExit = 1;
        return this.result(log, 1);
      }
      if (expanded.changed) {
        source = expanded.text;
        log.out(source + '\n');
      }
    }
    remember(this.state.history, source);
    if (source.length > LIMITS.maxInput) {
      log.err(`${name}: input too long: ${source.length} characters (this simulated terminal accepts up to 100 KB)\n`);
      frame.lastExit = 1;
      return this.result(log, 1);
    }
    const io: Io = { stdin: new Stdin(''), out: log.out, err: log.err, outTty: true, errTty: true, inTty: true };
    this.budget = { steps: 0 };
    this.jobs.begin(log.out);
    let status: number;
    try {
      const interp = new Interp(machine, withDevices(machine.fs), frame, this.hooks, this.budget, 0, { kind: 'interactive' });
      status = interp.runSource(source, io);
    } catch (e) {
      status = this.recover(e, log, name);
    } finally {
      this.budget = null;
      log.err(this.jobs.end(this.top.machine.shellName));
    }
    this.top.frame.lastExit = status;
    return this.result(log, status);
  }

  /** Turn whatever escaped the interpreter into output; pops a nested shell on `exit`. */
  private recover(e: unknown, log: OutputLog, name: string): number {
    if (e instanceof ExitSignal) {
      if (this.state.frames.length > 1) {
        this.state.frames.pop();
        this.machines.pop();
        const onExit = this.onExits.pop();
        const extra = onExit?.(e.code);
        if (typeof extra === 'string' && extra !== '') log.out(extra);
      } else this.exitedTop = e.code;
      return e.code;
    }
    if (e instanceof LimitError) {
      log.err(`${name}: ${e.message}\n`);
      return 1;
    }
    const message = e instanceof Error ? e.message : String(e);
    log.err(`${name}: internal error: ${message}\n`);
    return 1;
  }

  private result(log: OutputLog, exitCode: number): RunResult {
    const clear = this.clearRequested;
    this.clearRequested = false;
    const r: RunResult = { stdout: log.stdout, stderr: log.stderr, exitCode, output: log.chunks };
    if (clear) r.clear = true;
    return r;
  }

  complete(line: string, cursor: number): Completion {
    try {
      const { frame, machine } = this.top;
      return completeLine(line, cursor, { frame, machine, fs: withDevices(machine.fs), hooks: this.hooks });
    } catch {
      return { from: cursor, candidates: [] };
    }
  }

  interrupt(): RunResult {
    const log = new OutputLog();
    if (this.answerTo) {
      this.answerTo = null;
      log.out('^C\n');
      this.top.frame.lastExit = 130;
      return this.result(log, 130);
    }
    const attached = this.attached;
    if (attached) {
      this.attached = null;
      let r: { output: string; exitCode: number };
      try {
        r = attached();
      } catch (e) {
        r = { output: `\ninternal error: ${e instanceof Error ? e.message : String(e)}\n`, exitCode: 1 };
      }
      log.out('^C' + r.output);
      this.top.frame.lastExit = r.exitCode;
      return this.result(log, r.exitCode);
    }
    log.out('^C\n');
    this.top.frame.lastExit = 130;
    return this.result(log, 130);
  }

  history(): readonly string[] {
    return recent(this.state.history);
  }

  /**
   * The status given to `exit` when the last run() exited the top-level shell (a terminal would
   * close; the session stays usable), else null.
   */
  topLevelExit(): number | null {
    return this.exitedTop;
  }

  /** True while a process is attached (input ignored until Ctrl+C). */
  isAttached(): boolean {
    return this.attached !== null;
  }

  private enter(machine: Machine, onExit: ((code: number) => string | void) | undefined, start: ShellStart = {}): void {
    if (this.state.frames.length > 32) throw new LimitError('maximum nesting exceeded');
    const frame = newFrame(machine, start.cwd ?? '/', this.state.nextPid++, start.env);
    bumpShellLevel(frame, start.env?.SHLVL); // from the environment it was given (1 in a container shell)
    this.state.frames.push(frame);
    this.machines.push(machine);
    this.onExits.push(onExit);
  }

  private process(machine: Machine, what: { script: string } | { argv: readonly string[] }, io: { stdin?: string; env?: Record<string, string>; cwd?: string }) {
    if (this.execDepth >= 16) return { stdout: '', stderr: `${machine.shellName}: maximum nesting exceeded\n`, exitCode: 1 };
    this.execDepth++;
    const budget = this.budget ?? { steps: 0 };
    try {
      const out = new CappedBuffer();
      const err = new CappedBuffer();
      const exitCode = runProcess(machine, what, io, { out: out.write, err: err.write }, this.hooks, budget);
      return { stdout: out.text, stderr: err.text, exitCode };
    } finally {
      this.execDepth--;
    }
  }

  private random(): number {
    // mulberry32 over the state word, so $RANDOM is reproducible and survives snapshots.
    let t = (this.state.rng = (this.state.rng + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % 32768;
  }

  /** Plain-data copy of the whole shell state. */
  snapshot(): SessionState {
    return clonePlain({ ...this.state, history: recent(this.state.history) });
  }

  /**
   * Restore a snapshot. The host frame always comes back; nested shells come back only when
   * `resolve` can give their machine again (otherwise the session returns to the host prompt).
   */
  restore(snapshot: SessionState, resolve?: (machineId: string) => Machine | undefined): void {
    const state = clonePlain(snapshot);
    for (const f of state.frames) f.arrays ??= {};
    this.jobs.reset(); // processes do not survive a restore: the old jobs end, the snapshot's are gone
    state.jobs = [];
    const machines: Machine[] = [this.machines[0] as Machine];
    const frames: Frame[] = [state.frames[0] as Frame];
    for (const frame of state.frames.slice(1)) {
      const m = resolve?.(frame.machineId);
      if (!m) break;
      frames.push(frame);
      machines.push(m);
    }
    state.frames = frames;
    this.state = state;
    this.machines = machines;
    this.onExits = machines.map(() => undefined);
    this.attached = null;
    this.answerTo = null;
  }
}
