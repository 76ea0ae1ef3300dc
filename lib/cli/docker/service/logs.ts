/**
 * `docker service logs SERVICE|TASK`: every task's container logs (on whichever node), in time
 * order, prefixed `name.slot.task@node    | ` unless --raw; --no-task-ids, --no-trunc, --no-resolve,
 * -t, --tail (per task). Follows nothing: the simulator prints what has been logged so far.
 */
import { settle } from '../../../sim/index';
import { readLogs, rfc3339Nano, type LogLine } from '../../../sim/index';
import { findService, requireManager, serviceTasks, type TaskRecord } from '../../../sim/swarm/index';
import { isEngineError } from '../../../sim/index';
import { CliError, defineCommand, exactArgs, f } from '../../command';
import { truncateID } from '../../format/text-width';
import { serviceNames } from './completion';
import type { DockerEnv } from '../env';

export const logs = defineCommand<DockerEnv>()({
  use: 'logs [OPTIONS] SERVICE|TASK',
  short: 'Fetch the logs of a service or task',
  args: exactArgs(1),
  at: [{ parent: 'service' }],
  flags: {
    details: f.bool({ usage: 'Show extra details provided to logs' }),
    follow: f.bool({ short: 'f', usage: 'Follow log output' }),
    noResolve: f.bool({ usage: 'Do not map IDs to Names in output' }),
    noTaskIds: f.bool({ usage: 'Do not include task IDs in output' }),
    noTrunc: f.bool({ usage: 'Do not truncate output' }),
    raw: f.bool({ usage: 'Do not neatly format logs' }),
    since: f.string({ usage: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)' }),
    tail: f.string({ short: 'n', usage: 'Number of lines to show from the end of the logs', default: 'all' }),
    timestamps: f.bool({ short: 't', usage: 'Show timestamps' }),
  },
  complete: (ctx) => serviceNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const cluster = requireManager(eng);
    let tasks: TaskRecord[];
    try {
      tasks = serviceTasks(cluster, findService(cluster, args[0]!).id);
    } catch (e) {
      if (!isEngineError(e) || e.kind !== 'notFound') throw e;
      const task = Object.values(cluster.tasks).find((t) => t.id === args[0] || t.id.startsWith(args[0]!));
      if (!task) throw new CliError(`no such task or service: ${args[0]}`);
      tasks = [task];
    }
    const tail = o.tail === 'all' ? undefined : Number(o.tail);
    const lines: Array<{ line: LogLine; prefix: string }> = [];
    for (const t of tasks) {
      const node = t.nodeId ? cluster.nodes[t.nodeId] : undefined;
      const host = node ? eng.world.hosts.find((h) => h.name === node.hostname) : undefined;
      const c = host && t.status.containerId ? host.containers[t.status.containerId] : undefined;
      if (!host || !c) continue;
      const name = o.noResolve ? t.serviceId : t.serviceName;
      const slot = t.slot > 0 ? String(t.slot) : (t.nodeId ?? '');
      const id = o.noTrunc ? t.id : truncateID(t.id);
      const nodeName = o.noResolve ? (t.nodeId ?? '') : host.name;
      const prefix = `${name}.${slot}${o.noTaskIds ? '' : '.' + id}@${nodeName}    | `;
      for (const line of readLogs({ world: eng.world, rt: eng.rt, host: host.name }, c, tail !== undefined && !Number.isNaN(tail) ? { tail } : {})) lines.push({ line, prefix });
    }
    lines.sort((a, b) => a.line.t - b.line.t);
    for (const { line, prefix } of lines) {
      const text = (o.timestamps ? rfc3339Nano(line.t) + ' ' : '') + line.text;
      const out = (o.raw ? '' : prefix) + text + (text.endsWith('\n') ? '' : '\n');
      if (line.stream === 'stderr') ctx.err(out);
      else ctx.out(out);
    }
    return 0;
  },
});
