/**
 * `cmd &`: a background job. It does not own the terminal: what it prints now is shown, but it
 * cannot open a shell; a command that would hold the terminal (`kubectl port-forward … &`) keeps
 * running as the job. It runs now, on its own timeline (time.ts): what it prints after time passed
 * in it is shown when the clock gets there, and it is Running until then. In the interactive shell
 * it joins the session's job table (bash announces it, `[1] 1001`; BusyBox ash does not); elsewhere
 * (scripts, subshells) it is a child the shell can `wait` for.
 */
import { backgroundHooks, detachedHooks } from '../context';
import type { AndOr } from '../ast';
import type { Interp } from '../interp';
import { Stdin, type Io, type Sink } from '../io';
import { addJob, commandText, type LaterOutput } from './table';
import { shellNow } from './time';

export function runBackground(sh: Interp, ao: AndOr, io: Io): number {
  const pid = sh.hooks.nextPid();
  const top = sh.interactive && !sh.subshell;
  const jobs = top ? sh.hooks.jobs : undefined;
  if (top) {
    const id = jobs?.start(pid, commandText(ao), sh.shellName) ?? 1;
    if (sh.shellName === 'bash') io.err(`[${id}] ${pid}\n`);
  }
  const start = shellNow(sh);
  const timeline = { elapsed: sh.hooks.timeline?.elapsed ?? 0 };
  const base = timeline.elapsed;
  const later: LaterOutput[] = [];
  const defer = (sink: Sink) => (jobs ? (text: string) => void (timeline.elapsed > base ? later.push({ at: start + timeline.elapsed - base, text }) : sink(text)) : sink);
  const hooks = { ...(jobs ? backgroundHooks(sh.hooks, pid) : detachedHooks(sh.hooks)), timeline };
  const status = sh.fork(0, sh.mode, hooks).runIsolated([{ ...ao, background: false }], { ...io, out: defer(io.out), err: defer(io.err), stdin: new Stdin('') });
  const endsAt = start + timeline.elapsed - base;
  if (jobs) jobs.finish(pid, status, endsAt, later);
  else Object.assign(addJob((sh.children ??= []), pid, commandText(ao)), { state: endsAt > start ? 'running' : 'done', status, endsAt });
  sh.frame.lastBgPid = pid;
  sh.frame.lastExit = 0;
  return 0;
}
