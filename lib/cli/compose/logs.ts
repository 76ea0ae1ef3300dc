/**
 * `docker compose logs`: the project's container logs, each line prefixed with the container's
 * name (`web-1  | …`, padded to the longest), `--tail`, `--since/--until`, `-t` timestamps,
 * `--no-log-prefix`; `-f` keeps the terminal attached until Ctrl+C.
 */
import { nameWithoutProject, projectContainers } from '../../sim/compose/index';
import { hostOf, readLogs, rfc3339Nano, type ContainerRecord, type LogLine } from '../../sim/index';
import { CliError, defineCommand, f } from '../command';
import { parseGoDuration } from '../flags';
import { prefixed, prefixWidth } from './attach';
import type { ComposeEnv } from './env';
import { projectOrName } from './project-options';

function parseSince(value: string, now: number): number | undefined {
  if (value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  if (!Number.isNaN(t)) return t;
  try {
    return now - parseGoDuration(value) / 1e6;
  } catch {
    throw new CliError(`invalid value for "since": ${value}`);
  }
}

export const logs = defineCommand<ComposeEnv>()({
  use: 'logs [OPTIONS] [SERVICE...]',
  short: 'View output from containers',
  flags: {
    follow: f.bool({ short: 'f', usage: 'Follow log output' }),
    index: f.int({ usage: 'index of the container if service has multiple replicas' }),
    noColor: f.bool({ usage: 'Produce monochrome output' }),
    noLogPrefix: f.bool({ usage: "Don't print prefix in logs" }),
    since: f.string({ usage: 'Show logs since timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' }),
    tail: f.string({ short: 'n', usage: 'Number of lines to show from the end of the logs for each container', default: 'all' }),
    timestamps: f.bool({ short: 't', usage: 'Show timestamps' }),
    until: f.string({ usage: 'Show logs before a timestamp (e.g. 2013-01-02T13:23:37Z) or relative (e.g. 42m for 42 minutes)' }),
  },
  run(ctx, o, services) {
    const eng = ctx.env.eng;
    const { project } = projectOrName(ctx, services);
    const now = eng.world.clock;
    let tail: number | undefined;
    if (o.tail !== 'all') {
      if (!/^-?\d+$/.test(o.tail)) throw new CliError(`failed to parse tail ${JSON.stringify(o.tail)}`);
      tail = Number(o.tail);
    }
    const since = parseSince(o.since, now);
    const until = parseSince(o.until, now);
    let cs = projectContainers(eng, project.name, 'exclude', services).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (ctx.changed('index')) cs = cs.filter((c) => c.config.Labels['com.docker.compose.container-number'] === String(o.index));
    const width = prefixWidth(cs);
    const show = (c: ContainerRecord, lines: readonly LogLine[]) =>
      lines.map((l) => {
        const text = (o.timestamps ? rfc3339Nano(l.t) + ' ' : '') + l.text;
        return o.noLogPrefix ? text + '\n' : prefixed(nameWithoutProject(c), width, text);
      }).join('');
    for (const c of cs) {
      const lines = readLogs(eng, c, { ...(tail !== undefined ? { tail } : {}), ...(since !== undefined ? { since } : {}), ...(until !== undefined ? { until } : {}) });
      ctx.out(show(c, lines));
    }
    if (!o.follow || !cs.some((c) => c.state.Running)) return 0;
    ctx.io.shell.attach(() => {
      let out = '';
      for (const c of cs) {
        const live = hostOf(eng).containers[c.id];
        if (live) out += show(live, live.logs.filter((l) => l.t > now && l.t <= eng.world.clock));
      }
      return { output: out, exitCode: 130 };
    });
    return 0;
  },
});
