/**
 * `docker logs` / `docker container logs`: the json-file log as of the engine's clock (stdout and
 * stderr kept apart unless the container has a TTY), `--since/--until`, `-n/--tail`, `-t` with
 * docker's fixed nine-digit timestamps, `--details`, and `-f` (print, then stay attached until
 * Ctrl+C while the container runs).
 */
import { readLogs, requireContainer, stableHex, type LogLine } from '../../../sim/index';
import { CliError, defineCommand, exactArgs, f } from '../../command';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';
import { logCursor, logsSince } from './foreground';
import { parseTimestamp } from './timestamp';

const SINCE_USAGE = 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)';
const UNTIL_USAGE = 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)';

/**
 * RFC3339NanoFixed (`2026-01-15T09:00:01.123456789Z`). Simulated times are whole milliseconds;
 * stable sub-millisecond digits, increasing within a millisecond (`nth` line of that ms).
 */
export function logTimestamp(t: number, seed: string, nth: number): string {
  const base = parseInt(stableHex(seed + t, 6), 16) % 500_000;
  const sub = String(base + nth * 1_237).padStart(6, '0');
  return `${new Date(t).toISOString().slice(0, 23)}${sub}Z`;
}

/** Each line's position among the lines stamped in the same millisecond. */
function ordinals(lines: readonly LogLine[]): Map<LogLine, number> {
  const out = new Map<LogLine, number>();
  let prev = NaN;
  let n = 0;
  for (const l of lines) {
    n = l.t === prev ? n + 1 : 0;
    prev = l.t;
    out.set(l, n);
  }
  return out;
}

function timeOpt(name: 'since' | 'until', value: string, now: number): number | undefined {
  if (value === '') return undefined;
  try {
    return parseTimestamp(value, now);
  } catch (e) {
    throw new CliError(`invalid value for "${name}": ${(e as Error).message}`);
  }
}

export const logs = defineCommand<DockerEnv>()({
  use: 'logs [OPTIONS] CONTAINER',
  short: 'Fetch the logs of a container',
  args: exactArgs(1),
  aliasesLine: 'docker container logs, docker logs',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    follow: f.bool({ short: 'f', usage: 'Follow log output' }),
    since: f.string({ usage: SINCE_USAGE }),
    until: f.string({ usage: UNTIL_USAGE }),
    timestamps: f.bool({ short: 't', usage: 'Show timestamps' }),
    details: f.bool({ usage: 'Show extra details provided to logs' }),
    tail: f.string({ short: 'n', usage: 'Number of lines to show from the end of the logs', default: 'all' }),
  },
  complete: (ctx) => containerNames(ctx.env),
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const c = requireContainer(eng, args[0]!);
    const now = eng.world.clock;
    const since = timeOpt('since', o.since, now);
    const until = timeOpt('until', o.until, now);
    const tailN = /^-?\d+$/.test(o.tail) ? Number(o.tail) : -1;
    const lines = readLogs(eng, c, { ...(since !== undefined ? { since } : {}), ...(until !== undefined ? { until: until + 1 } : {}), ...(tailN >= 0 ? { tail: tailN } : {}) });
    const tty = c.config.Tty;
    const print = (batch: readonly LogLine[]) => {
      let out = '';
      let err = '';
      const nth = o.timestamps ? ordinals(c.logs) : new Map<LogLine, number>();
      for (const l of batch) {
        let text = l.text;
        if (o.details) text = ' ' + text;
        if (o.timestamps) text = `${logTimestamp(l.t, c.id, nth.get(l) ?? 0)} ${text}`;
        if (l.stream === 'stderr' && !tty) err += text + '\n';
        else out += text + '\n';
      }
      return { out, err };
    };
    const first = print(lines);
    if (first.out) ctx.out(first.out);
    if (first.err) ctx.err(first.err);
    if (!o.follow || !c.state.Running || until !== undefined) return 0;
    const cursor = logCursor(c);
    ctx.io.shell.attach(() => {
      const next = print(logsSince(c, cursor, eng.world.clock));
      return { output: '\n' + next.out + next.err, exitCode: 130 };
    });
    return 0;
  },
});
