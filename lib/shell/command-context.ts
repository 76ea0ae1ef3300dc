/**
 * The context a command receives (runCmd makes one per command): one class, so every command sees
 * one object layout whether or not its input is a pipe — an object literal that gained a `stdin`
 * accessor per piped command had a second, slower-to-create shape.
 *
 * `stdin` is a getter on the prototype: spreading a context (`{ ...ctx }`) does not copy it, so
 * code that derives a context from another passes `stdin: ctx.stdin` explicitly.
 */
import type { FileSystem } from '../sim/fs/types';
import type { ShellCommandContext } from './context';
import type { Interp } from './interp';
import type { Io } from './io';
import type { Machine, ShellControl } from './types';

export class CommandCtx implements ShellCommandContext {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdinIsTTY: boolean;
  readonly cwd: string;
  readonly fs: FileSystem;
  readonly shell: ShellControl;
  readonly machine: Machine;
  /** What was read from the input stream (null until `stdin` is first read). */
  private input: string | null = null;

  constructor(
    readonly argv: string[],
    readonly env: Readonly<Record<string, string>>,
    readonly sh: Interp,
    readonly io: Io,
  ) {
    this.stdout = io.out;
    this.stderr = io.err;
    this.stdoutIsTTY = io.outTty;
    this.stderrIsTTY = io.errTty === true;
    this.stdinIsTTY = io.inTty === true;
    this.cwd = sh.frame.cwd;
    this.fs = sh.fs;
    this.shell = sh.hooks.control;
    this.machine = sh.machine;
  }

  /**
   * Everything left on the input, consumed at the first read and kept (so `while read` loops and
   * `cat` share one stream); '' for an input already at its end.
   */
  get stdin(): string {
    if (this.input === null) this.input = this.io.stdin.atEnd ? '' : this.io.stdin.readAll();
    return this.input;
  }
}
