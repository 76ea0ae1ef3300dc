/**
 * The interpreter: runs parsed lists on one machine with one Frame of state.
 * Lists, and-or chains, pipelines (each stage in a forked frame, output passed as a string),
 * compound commands and the top-level read–parse–run loop with bash's error reporting.
 */
import type { AndOr, Command, List, Pipeline, Word } from './ast';
import type { FileSystem } from '../sim/fs/types';
import type { Machine } from './types';
import { LIMITS, type Budget, type SessionHooks } from './context';
import { ExitSignal, ExpansionError, IncompleteInput, LimitError, ReturnSignal, ShellSyntaxError } from './errors';
import { arith, expandPattern, expandString, type ExpandHost } from './expand';
import { runBackground } from './jobs/background';
import { runTimed } from './time-report';
import type { Job } from './jobs/table';
import { CappedBuffer, discard, Stdin, type Io, type Sink } from './io';
import { programOf } from './program';
import { forkFrame, setArray, type Frame } from './state';
import { runSimple } from './simple';
import { withRedirs } from './redirect';
import { evalCond } from './cond';
import { syntaxMessage } from './messages';
import { runCase, runCondition, runFor, runWhile } from './loops';

/** Exit statuses as text, made once (a PIPESTATUS element per command run). */
const STATUS_TEXT = Array.from({ length: 256 }, (_, i) => String(i)), statusText = (status: number): string => STATUS_TEXT[status] ?? String(status);

export type InterpMode = { kind: 'interactive' } | { kind: 'command' } | { kind: 'script'; name: string };

export class Interp implements ExpandHost {
  /** Line of the command being run (for `script: line N:` messages and $LINENO). */
  lineNo = 1;
  /** Where stderr of expansions ($( … ) inside words) goes right now. */
  errSink: Sink = discard;
  /** Status of the last command substitution in the current simple command, if any. */
  lastSubst: number | null = null;
  /** >0 while running an if/while condition or a non-final part of && / || (set -e ignores failures there). */
  condDepth = 0;
  /** Saved values for `local`, innermost function call last. */
  readonly localScopes: Map<string, string | undefined>[] = [];
  readonly interactive: boolean;
  /** Running a sourced file (so `return` is allowed at its top level). */
  sourcing = false;
  /** Loops currently running (for `break`/`continue` outside loops). */
  loopDepth = 0;
  /** A subshell (pipeline stage, ( … ), $( … )): no job-control messages. */
  subshell = false;
  /** Background children of a shell without job control (a script's `cmd &`), for `wait`. */
  children: Job[] | null = null;

  constructor(
    readonly machine: Machine,
    readonly fs: FileSystem,
    public frame: Frame,
    readonly hooks: SessionHooks,
    readonly budget: Budget,
    readonly depth: number,
    readonly mode: InterpMode,
  ) {
    this.interactive = mode.kind === 'interactive';
  }

  // ---- ExpandHost ----
  cwd(): string {
    return this.frame.cwd;
  }
  random(): number {
    return this.hooks.random();
  }
  line(): number {
    return this.lineNo;
  }
  fatalStatus(): number {
    return this.mode.kind === 'command' ? 127 : 1;
  }
  expandArg(w: Word): string {
    return expandString(this, w);
  }
  expandPattern(w: Word): string {
    return expandPattern(this, w);
  }
  homeOf(user: string): string | undefined {
    try {
      const line = this.fs.readFile('/etc/passwd').split('\n').find(l => l.startsWith(user + ':'));
      return line?.split(':')[5];
    } catch {
      return undefined;
    }
  }
  commandSubst(body: List): string {
    const sub = this.fork(1);
    const buf = new CappedBuffer();
    this.lastSubst = sub.runIsolated(body, { stdin: new Stdin(''), out: buf.write, err: this.errSink, outTty: false });
    return buf.text;
  }

  /** `bash` / `sh`: the flavour used in messages. */
  get shellName(): 'bash' | 'sh' {
    return this.machine.shellName;
  }

  /** Prefix for the shell's own error messages: `bash: `, `sh: `, or `script.sh: line 3: `. */
  errPrefix(): string {
    if (this.mode.kind === 'script') return `${this.mode.name}: line ${this.lineNo}: `;
    // bash 5.2 names the line of `bash -c` text (`bash: line 1: x: command not found`); ash does not.
    if (this.mode.kind === 'command' && this.shellName === 'bash') return `bash: line ${this.lineNo}: `;
    return `${this.shellName}: `;
  }

  /** A subshell: same machine, copied state. */
  fork(extraDepth = 0, mode: InterpMode = this.mode, hooks: SessionHooks = this.hooks): Interp {
    const depth = this.depth + extraDepth;
    if (depth > LIMITS.maxDepth) throw new LimitError('maximum nesting exceeded');
    const sub = new Interp(this.machine, this.fs, forkFrame(this.frame), hooks, this.budget, depth, mode);
    sub.lineNo = this.lineNo;
    sub.errSink = this.errSink;
    sub.subshell = true;
    sub.localScopes.push(...this.localScopes);
    return sub;
  }

  /** Run a list in this (sub)shell and absorb `exit`. */
  runIsolated(list: List, io: Io): number {
    try {
      return this.runList(list, io);
    } catch (e) {
      if (e instanceof ExitSignal || e instanceof ReturnSignal) return e.code;
      if (e instanceof ExpansionError) {
        io.err(`${this.errPrefix()}${e.message}\n`);
        return e.code;
      }
      throw e;
    }
  }

  /**
   * Read–parse–run a whole source text (an input line, a script, `sh -c` text).
   * Syntax errors are reported like bash; `exit` propagates as ExitSignal to the caller.
   */
  runSource(src: string, io: Io): number {
    const program = programOf(src);
    for (const w of program.warnings) io.err(`${this.shellName}: ${w}\n`);
    let status = this.frame.lastExit;
    for (const list of program.lines) {
      try {
        status = this.runList(list, io);
      } catch (e) {
        if (!(e instanceof ExpansionError)) throw e;
        io.err(`${this.errPrefix()}${e.message}\n`);
        status = e.code;
        this.frame.lastExit = status;
        if (!this.interactive) throw new ExitSignal(status, true);
      }
    }
    // A syntax error after the lines that ran (bash reads, then runs, one line at a time).
    return program.error !== null ? this.reportSyntax(program.error, src, io) : status;
  }

  private reportSyntax(e: unknown, src: string, io: Io): number {
    if (!(e instanceof ShellSyntaxError) && !(e instanceof IncompleteInput)) throw e;
    io.err(syntaxMessage(e, src, this.shellName, this.mode));
    this.frame.lastExit = 2;
    if (!this.interactive) throw new ExitSignal(2, true);
    return 2;
  }

  runList(list: List, io: Io): number {
    let status = this.frame.lastExit;
    for (const item of list) status = this.runAndOr(item, io);
    return status;
  }

  private runAndOr(ao: AndOr, io: Io): number {
    if (ao.background) return runBackground(this, ao, io);
    const last = ao.rest.length;
    let status: number;
    let ranLast = last === 0;
    if (last > 0) this.condDepth++;
    try {
      status = this.runPipeline(ao.first, io);
    } finally {
      if (last > 0) this.condDepth--;
    }
    for (let i = 0; i < last; i++) {
      const step = ao.rest[i] as AndOr['rest'][number];
      if ((step.op === '&&') !== (status === 0)) continue;
      const isLast = i === last - 1;
      if (!isLast) this.condDepth++;
      try {
        status = this.runPipeline(step.pipeline, io);
      } finally {
        if (!isLast) this.condDepth--;
      }
      ranLast = isLast;
    }
    if (status !== 0 && ranLast && this.frame.options.errexit && this.condDepth === 0) throw new ExitSignal(status);
    return status;
  }

  runPipeline(p: Pipeline, io: Io): number {
    if (p.timed !== undefined) return runTimed(this, p, io);
    let status: number;
    if (p.cmds.length === 1) {
      if (p.negate) this.condDepth++;
      try {
        status = this.runCommand(p.cmds[0] as Command, io);
      } finally {
        if (p.negate) this.condDepth--;
      }
      this.recordStatus(status);
    } else {
      let input = io.stdin;
      const statuses: number[] = [];
      for (let i = 0; i < p.cmds.length; i++) {
        const last = i === p.cmds.length - 1;
        const buf = last ? null : new CappedBuffer();
        const stage: Io = { stdin: input, out: buf ? buf.write : io.out, err: io.err, outTty: last && io.outTty, errTty: io.errTty === true, inTty: i === 0 && io.inTty === true };
        statuses.push(this.fork().runIsolated([{ first: { negate: false, cmds: [p.cmds[i] as Command] }, rest: [], background: false }], stage));
        input = new Stdin(buf ? buf.text : '');
      }
      status = statuses[statuses.length - 1] as number;
      this.recordPipeStatus(statuses);
      if (this.frame.options.pipefail) status = [...statuses].reverse().find(s => s !== 0) ?? 0;
    }
    if (p.negate) status = status === 0 ? 1 : 0;
    this.frame.lastExit = status;
    return status;
  }

  private recordPipeStatus(statuses: number[]): void {
    setArray(this.frame, 'PIPESTATUS', statuses.map(statusText));
  }

  /** PIPESTATUS after a single command: `(status)`, written directly unless a scalar of that name must go. */
  private recordStatus(status: number): void {
    const frame = this.frame;
    if (Object.hasOwn(frame.vars, 'PIPESTATUS')) setArray(frame, 'PIPESTATUS', [statusText(status)]);
    else (frame.arrays ??= {}).PIPESTATUS = { 0: statusText(status) };
  }

  runCommand(cmd: Command, io: Io): number {
    if (++this.budget.steps > LIMITS.maxSteps) {
      throw new LimitError(`too many commands in one input (this simulated shell stops after ${LIMITS.maxSteps})`);
    }
    if (cmd.k === 'simple') return runSimple(this, cmd, io);
    if (cmd.k === 'func') {
      this.frame.functions[cmd.name] = cmd.body;
      return 0;
    }
    return withRedirs(this, cmd.redirs, io, inner => this.runCompound(cmd, inner));
  }

  private runCompound(cmd: Exclude<Command, { k: 'simple' | 'func' }>, io: Io): number {
    switch (cmd.k) {
      case 'group':
        return this.runList(cmd.body, io);
      case 'subshell':
        return this.fork(1).runIsolated(cmd.body, io);
      case 'if': {
        for (const clause of cmd.clauses) {
          if (runCondition(this, clause.cond, io) === 0) return this.runList(clause.body, io);
        }
        return cmd.otherwise ? this.runList(cmd.otherwise, io) : 0;
      }
      case 'while':
        return runWhile(this, cmd, io);
      case 'for':
        return runFor(this, cmd, io);
      case 'case':
        return runCase(this, cmd, io);
      case 'arith':
        this.errSink = io.err;
        return arith(this, cmd.expr) !== 0 ? 0 : 1;
      case 'cond':
        this.errSink = io.err;
        return evalCond(this, cmd.words, io);
    }
  }
}
