/**
 * bash's `wait`, `fg` and `bg` over background jobs. A job whose commands take simulated time
 * (`sleep 30 &`) is Running until the clock reaches its end: waiting for it (or bringing it to the
 * foreground) lets that time pass. A job that keeps running until killed (a command that would hold
 * the terminal, `kubectl port-forward … &`) holds the terminal instead, until Ctrl+C.
 * A shell without job control (a script) still has its children: `wait` works there, `fg`/`bg` do not.
 */
import type { Cmd, ShellCommandContext } from '../context';
import type { JobHooks } from '../jobs/control';
import { findJob, type Job } from '../jobs/table';
import { passUntil, shellNow } from '../jobs/time';
import { builtinError } from './core';

/** The session's job table when this is the interactive shell itself (not a script or subshell). */
function jobControl(ctx: ShellCommandContext): JobHooks | undefined {
  return ctx.sh.interactive && !ctx.sh.subshell ? ctx.sh.hooks.jobs : undefined;
}

/** A job that runs until killed: no end in simulated time. */
const endless = (j: Job) => j.state === 'running' && j.endsAt === undefined;

/** Let time pass until every one of `jobs` that runs for a while has ended. */
function runOut(ctx: ShellCommandContext, jobs: readonly Job[]): void {
  const end = jobs.reduce((m, j) => (j.endsAt !== undefined && j.endsAt > m ? j.endsAt : m), -Infinity);
  if (end > -Infinity) passUntil(ctx.sh, end);
}

export const wait: Cmd = (ctx) => {
  let next = false;
  const ids: string[] = [];
  for (const [i, a] of ctx.argv.slice(1).entries()) {
    if (a === '--') {
      ids.push(...ctx.argv.slice(i + 2));
      break;
    }
    if (/^-[fn]+$/.test(a)) next ||= a.includes('n');
    else if (a.startsWith('-') && a !== '-') return builtinError(ctx, 'wait', `${a.slice(0, 2)}: invalid option\nwait: usage: wait [-fn] [-p var] [id ...]`, 2);
    else ids.push(a);
  }
  const control = jobControl(ctx);
  const table: readonly Job[] = control ? control.list() : (ctx.sh.children ?? []);
  let targets: Job[] = [];
  let status = 0;
  for (const id of ids) {
    const job = id.startsWith('%') ? findJob(table, id) : /^\d+$/.test(id) ? table.find((j) => j.pid === Number(id)) : undefined;
    if (job) targets.push(job);
    else if (id.startsWith('%')) status = builtinError(ctx, 'wait', `${id}: no such job`, 127);
    else if (/^\d+$/.test(id)) status = builtinError(ctx, 'wait', `pid ${id} is not a child of this shell`, 127);
    else status = builtinError(ctx, 'wait', `\`${id}': not a pid or valid job spec`);
  }
  if (ids.length === 0) targets = [...table];
  if (targets.length === 0) return next ? 127 : status;
  if (next) {
    // the first job to end: one that has, else the one whose time ends first, else none ever does here
    const now = shellNow(ctx.sh);
    const ended = targets.find((j) => j.state !== 'running' || (j.endsAt !== undefined && j.endsAt <= now)) ?? soonest(targets);
    targets = ended ? [ended] : targets;
  }
  if (control && targets.some(endless)) {
    ctx.sh.hooks.control.attach(() => ({ output: '\n', exitCode: 130 }));
    return 0;
  }
  runOut(ctx, targets);
  if (control) control.forget(targets);
  else ctx.sh.children = table.filter((j) => !targets.includes(j));
  return ids.length === 0 && !next ? 0 : (targets[targets.length - 1]?.status ?? status);
};

function soonest(jobs: readonly Job[]): Job | undefined {
  let best: Job | undefined;
  for (const j of jobs) if (j.endsAt !== undefined && (!best || j.endsAt < (best.endsAt as number))) best = j;
  return best;
}

/** The job `fg`/`bg` name: the current one, or the spec given (`%1`, `1`, `%sleep`). */
function pick(ctx: ShellCommandContext, name: string, control: JobHooks): Job | number {
  const spec = ctx.argv[1];
  const job = control.find(spec === undefined ? '%+' : spec.startsWith('%') ? spec : `%${spec}`);
  if (job) return job;
  // BusyBox ash: `sh: fg: No current job`
  return builtinError(ctx, name, spec === undefined ? (ctx.sh.shellName === 'sh' ? 'No current job' : 'current: no such job') : `${spec}: no such job`);
}

/** `fg`/`bg`'s common start: job control on, the named job found and still running, or the error status. */
function runningJob(ctx: ShellCommandContext, name: string): { control: JobHooks; job: Job } | number {
  const control = jobControl(ctx);
  if (!control) return builtinError(ctx, name, 'no job control');
  control.tick();
  const job = pick(ctx, name, control);
  if (typeof job === 'number') return job;
  if (job.state !== 'running') return builtinError(ctx, name, 'job has terminated');
  return { control, job };
}

export const fg: Cmd = (ctx) => {
  const found = runningJob(ctx, 'fg');
  if (typeof found === 'number') return found;
  const { control, job } = found;
  ctx.stdout(`${job.command}\n`);
  if (endless(job)) {
    // In the foreground now: Ctrl+C ends it, with no notice.
    ctx.sh.hooks.control.attach(() => {
      control.kill(job, 'Interrupt');
      control.forget([job]);
      return { output: '\n', exitCode: 130 };
    });
    return 0;
  }
  runOut(ctx, [job]);
  control.forget([job]);
  return job.status;
};

export const bg: Cmd = (ctx) => {
  const found = runningJob(ctx, 'bg');
  if (typeof found === 'number') return found;
  builtinError(ctx, 'bg', `job ${found.job.id} already in background`);
  return 0;
};
