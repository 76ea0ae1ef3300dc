/**
 * bash's `time` keyword: `time [-p] pipeline` runs the pipeline (compound commands too:
 * `time (sleep 1; sleep 2)`) and reports on the shell's stderr how much simulated time passed —
 * `real\t0m3.000s` … (`-p`: POSIX `real 3.00`). Nothing here uses CPU, so user and sys are 0.
 * BusyBox ash has no such keyword: its `time` applet runs the command and prints `real\t0m 3.00s`.
 */
import type { Pipeline } from './ast';
import type { Interp } from './interp';
import type { Io } from './io';
import { shellNow } from './jobs/time';

export function timeReport(ms: number, format: 'bash' | 'posix' | 'busybox'): string {
  if (format === 'posix') return `real ${(ms / 1000).toFixed(2)}\nuser 0.00\nsys 0.00\n`;
  if (format === 'busybox') return `real\t${Math.floor(ms / 60000)}m ${((ms % 60000) / 1000).toFixed(2)}s\nuser\t0m 0.00s\nsys\t0m 0.00s\n`;
  const fmt = (t: number) => `${Math.floor(t / 60000)}m${((t % 60000) / 1000).toFixed(3)}s`;
  return `\nreal\t${fmt(ms)}\nuser\t0m0.000s\nsys\t0m0.000s\n`;
}

export function runTimed(sh: Interp, p: Pipeline, io: Io): number {
  const start = shellNow(sh);
  const status = sh.runPipeline({ negate: p.negate, cmds: p.cmds }, io);
  const format = p.timed === 'posix' ? 'posix' : sh.shellName === 'sh' ? 'busybox' : 'bash';
  io.err(timeReport(shellNow(sh) - start, format));
  return status;
}
