/** bash's `jobs` and `kill` over the session's job table (jobs/control.ts); `wait`, `fg`, `bg`: wait.ts. */
import type { Cmd } from '../context';
import { jobLine, type Job } from '../jobs/table';
import { builtinError } from './core';

export const jobs: Cmd = (ctx) => {
  const control = ctx.sh.hooks.jobs;
  let long = false;
  let pids = false;
  const specs: string[] = [];
  for (const a of ctx.argv.slice(1)) {
    if (/^-[lp]+$/.test(a)) {
      long ||= a.includes('l');
      pids ||= a.includes('p');
    } else if (a.startsWith('-') && a !== '-') return builtinError(ctx, 'jobs', `${a.slice(0, 2)}: invalid option\njobs: usage: jobs [-lnprs] [jobspec ...] or jobs -x command [args]`, 2);
    else specs.push(a);
  }
  if (!control) return 0;
  const all = control.list();
  let shown: Job[] = [...all];
  let status = 0;
  if (specs.length) {
    shown = [];
    for (const s of specs) {
      const j = control.find(s.startsWith('%') ? s : `%${s}`);
      if (j) shown.push(j);
      else status = builtinError(ctx, 'jobs', `${s}: no such job`);
    }
  }
  ctx.stdout(shown.map((j) => (pids ? `${j.pid}\n` : jobLine(all, j, long, ctx.sh.shellName))).join(''));
  control.forget(shown.filter((j) => j.state !== 'running'));
  return status;
};

const SIGNALS: Record<string, string> = { HUP: 'Hangup', INT: 'Interrupt', QUIT: 'Quit', KILL: 'Killed', TERM: 'Terminated', USR1: 'User defined signal 1', USR2: 'User defined signal 2' };
const NUMBERS: Record<string, string> = { '1': 'HUP', '2': 'INT', '3': 'QUIT', '9': 'KILL', '10': 'USR1', '12': 'USR2', '15': 'TERM' };
const KILL_USAGE = 'kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]';

function signalWord(spec: string): string | undefined {
  const name = NUMBERS[spec] ?? spec.toUpperCase().replace(/^SIG/, '');
  return SIGNALS[name];
}

export const kill: Cmd = (ctx) => {
  const args = ctx.argv.slice(1);
  let word = 'Terminated';
  if (args[0] === '-s' || args[0] === '-n') {
    args.shift();
    const spec = args.shift();
    if (spec === undefined) return builtinError(ctx, 'kill', `${ctx.argv[1]}: option requires an argument\n${KILL_USAGE}`, 2);
    const w = signalWord(spec);
    if (!w) return builtinError(ctx, 'kill', `${spec}: invalid signal specification`);
    word = w;
  } else if (args[0] && /^-\w+$/.test(args[0]) && args[0] !== '-l') {
    const spec = args.shift()!.slice(1);
    const w = signalWord(spec);
    if (!w) return builtinError(ctx, 'kill', `${spec}: invalid signal specification`);
    word = w;
  }
  if (args[0] === '--') args.shift();
  if (args.length === 0) return builtinError(ctx, 'kill', KILL_USAGE.replace(/^kill: /, ''), 2);
  const control = ctx.sh.hooks.jobs;
  let status = 0;
  for (const a of args) {
    if (a.startsWith('%')) {
      const j = control?.find(a);
      if (!j) status = builtinError(ctx, 'kill', `${a}: no such job`);
      else if (!control!.kill(j, word)) status = builtinError(ctx, 'kill', `(${j.pid}) - No such process`);
    } else if (/^-?\d+$/.test(a)) {
      const j = control?.byPid(Number(a));
      if (!j || !control!.kill(j, word)) status = builtinError(ctx, 'kill', `(${a}) - No such process`);
    } else status = builtinError(ctx, 'kill', `${a}: arguments must be process or job IDs`);
  }
  return status;
};
