/**
 * GNU `timeout DURATION COMMAND [ARG]...` in simulated time. The command runs at once on its own
 * timeline (jobs/time.ts): if the time it takes stays within DURATION, that time passes and its status
 * is returned; otherwise DURATION passes, what it would have printed later is lost and the status is
 * 124 (`--preserve-status`: 128+15). A command that would hold the terminal until Ctrl+C
 * (`docker logs -f`, `docker stats`) is stopped after DURATION, also 124.
 */
import type { Cmd } from '../context';
import { detachedHooks } from '../context';
import { passTime } from '../jobs/time';
import type { Sink } from '../io';
import { invoke } from '../invoke';
import { usageError } from './common';
import { intervalSeconds } from './system';

export const timeout: Cmd = (ctx) => {
  const args = ctx.argv.slice(1);
  let preserve = false;
  while (args[0]?.startsWith('-') && args[0] !== '-') {
    const a = args.shift() as string;
    if (a === '--') break;
    if (a === '--preserve-status') preserve = true;
    else if (a === '--foreground' || a === '-v' || a === '--verbose') continue;
    else if (a === '-s' || a === '-k' || a === '--signal' || a === '--kill-after') args.shift();
    else if (!/^(-[sk].+|--(signal|kill-after)=.*)$/.test(a)) return usageError(ctx, `invalid option -- '${a.replace(/^-+/, '')}'`, 125);
  }
  if (args.length < 2) return usageError(ctx, args.length === 0 ? 'missing operand' : `missing operand after ‘${args[0]}’`, 125);
  const spec = args[0] as string;
  const secs = intervalSeconds(spec);
  if (secs === null) return usageError(ctx, `invalid time interval ‘${spec}’`, 125);
  const limit = Math.round(secs * 1000);
  const argv = args.slice(1);
  if (!argv[0]!.includes('/') && ctx.shell.which(ctx.machine, argv[0]!) === null) {
    ctx.stderr(`timeout: failed to run command ‘${argv[0]}’: No such file or directory\n`);
    return 127;
  }
  // DURATION 0 disables the timeout.
  const bound = limit === 0 ? Infinity : limit;
  const timeline = { elapsed: 0 };
  let stop: (() => unknown) | null = null;
  const detached = detachedHooks(ctx.sh.hooks);
  const hooks = { ...detached, timeline, control: { ...detached.control, attach: (onInterrupt: () => unknown) => void (stop = onInterrupt) } };
  const within = (sink: Sink) => (text: string) => void (timeline.elapsed <= bound ? sink(text) : undefined);
  const status = invoke(ctx.sh.fork(0, ctx.sh.mode, hooks), argv, { ...ctx.io, out: within(ctx.io.out), err: within(ctx.io.err) });
  const held = stop as (() => unknown) | null;
  if (held && bound !== Infinity) held();
  const timedOut = held !== null || timeline.elapsed > bound;
  passTime(ctx.sh, timedOut ? (bound === Infinity ? timeline.elapsed : bound) : timeline.elapsed);
  if (held && bound === Infinity) ctx.shell.attach(held as () => { output: string; exitCode: number });
  if (!timedOut || bound === Infinity) return status;
  return preserve ? 128 + 15 : 124;
};
