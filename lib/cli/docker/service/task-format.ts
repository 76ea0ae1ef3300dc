/**
 * Task listings (`docker service ps`, `node ps`, `stack ps`; docker/cli cli/command/task): tasks
 * sorted by name then newest first, older tasks of a slot indented as ` \_ api.1`, states
 * capitalised with their age, errors quoted and truncated, host-mode ports; the taskContext fields.
 */
import type { Engine } from '../../../sim/index';
import { requireManager, type ClusterRecord, type TaskRecord } from '../../../sim/swarm/index';
import { FilterArgs } from '../../flags';
import { DEFAULT_QUIET_FORMAT, FormatContext, formatWrite, HeaderMap, TABLE_FORMAT_KEY } from '../../format/formatter';
import { GO_TYPE } from '../../format/template';
import { truncateID } from '../../format/text-width';
import { humanDuration } from '../../format/units';
import { CliError, f } from '../../command';

export const TASK_HEADERS = new HeaderMap([
  ['ID', 'ID'],
  ['Name', 'NAME'],
  ['Image', 'IMAGE'],
  ['Node', 'NODE'],
  ['DesiredState', 'DESIRED STATE'],
  ['CurrentState', 'CURRENT STATE'],
  ['Error', 'ERROR'],
  ['Ports', 'PORTS'],
]);
const DEFAULT_TASK_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Image}}\t{{.Node}}\t{{.DesiredState}}\t{{.CurrentState}}\t{{.Error}}\t{{.Ports}}';
const MAX_ERR = 30;

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** Image without its digest, as the client shows it unless --no-trunc. */
export function shortImage(image: string): string {
  return image.split('@')[0]!;
}

export class TaskContext extends FormatContext {
  readonly [GO_TYPE] = '*task.taskContext';
  constructor(
    private readonly t: TaskRecord,
    private readonly name: string,
    private readonly node: string,
    private readonly now: number,
    private readonly trunc: boolean,
    private readonly ports: string,
  ) {
    super();
  }
  ID(): string {
    return this.trunc ? truncateID(this.t.id) : this.t.id;
  }
  Name(): string {
    return this.name;
  }
  Image(): string {
    return this.trunc ? shortImage(this.t.spec.ContainerSpec.Image) : this.t.spec.ContainerSpec.Image;
  }
  Node(): string {
    return this.node;
  }
  DesiredState(): string {
    return cap(this.t.desiredState);
  }
  CurrentState(): string {
    return `${cap(this.t.status.state)} ${humanDuration(this.now - this.t.status.timestamp)} ago`;
  }
  Error(): string {
    let err = this.t.status.err ?? '';
    if (!err) return '';
    if (this.trunc && err.length > MAX_ERR) err = err.slice(0, MAX_ERR - 1) + '…';
    return `"${err}"`;
  }
  Ports(): string {
    return this.ports;
  }
}

export interface TaskListOptions {
  trunc: boolean;
  resolve: boolean;
  format: string;
  quiet: boolean;
}

function taskName(t: TaskRecord): string {
  return `${t.serviceName}.${t.slot > 0 ? t.slot : t.nodeId}`;
}

/** `desired-state`, `id`, `name`, `node`, `service` filters of the task list. */
export function filterTasks(eng: Engine, cluster: ClusterRecord, tasks: TaskRecord[], filters: FilterArgs): TaskRecord[] {
  for (const k of Object.keys(filters)) if (!['desired-state', 'id', 'name', 'node', 'service', 'label'].includes(k)) throw new CliError(`Error response from daemon: invalid filter '${k}'`);
  const desired = filters['desired-state'] ?? [];
  for (const d of desired) if (!['running', 'shutdown', 'accepted'].includes(d)) throw new CliError(`Error response from daemon: Invalid task desired state ${d}`);
  return tasks.filter((t) => {
    if (desired.length && !desired.includes(t.desiredState === 'ready' ? 'running' : t.desiredState === 'remove' ? 'shutdown' : t.desiredState)) return false;
    if (filters.id?.length && !filters.id.some((v) => t.id.startsWith(v))) return false;
    if (filters.name?.length && !filters.name.some((v) => taskName(t).startsWith(v))) return false;
    if (filters.node?.length) {
      const node = t.nodeId ? cluster.nodes[t.nodeId] : undefined;
      if (!filters.node.some((v) => v === t.nodeId || v === node?.hostname)) return false;
    }
    return true;
  });
}

export function renderTasks(eng: Engine, tasks: readonly TaskRecord[], o: TaskListOptions): string {
  const cluster = requireManager(eng);
  const sorted = [...tasks].sort((a, b) => {
    const na = taskName(a);
    const nb = taskName(b);
    if (na !== nb) return na < nb ? -1 : 1;
    return b.createdAt - a.createdAt || b.version - a.version;
  });
  let prev = '';
  const rows = sorted.map((t) => {
    let name = taskName(t);
    if (name === prev) name = ` \\_ ${name}`;
    else prev = name;
    const nodeRec = t.nodeId ? cluster.nodes[t.nodeId] : undefined;
    const node = !t.nodeId ? '' : o.resolve ? (nodeRec?.hostname ?? t.nodeId) : t.nodeId;
    const ports = (cluster.services[t.serviceId]?.endpoint.ports ?? [])
      .filter((p) => p.PublishMode === 'host')
      .map((p) => `*:${p.PublishedPort}->${p.TargetPort}/${p.Protocol}`)
      .join(',');
    return new TaskContext(t, name, node, eng.world.clock, o.trunc, ports);
  });
  let format = o.format;
  if (format === '' || format === TABLE_FORMAT_KEY) format = o.quiet ? DEFAULT_QUIET_FORMAT : DEFAULT_TASK_FORMAT;
  else if (o.quiet) format = DEFAULT_QUIET_FORMAT;
  return formatWrite(format, TASK_HEADERS, rows);
}

/** The flags `docker service ps` and `docker node ps` share (docker/cli declares them in both). */
export const TASK_LIST_FLAGS = {
  filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
  format: f.string({ usage: 'Pretty-print tasks using a Go template' }),
  noResolve: f.bool({ usage: 'Do not map IDs to Names' }),
  noTrunc: f.bool({ usage: 'Do not truncate output' }),
  quiet: f.bool({ short: 'q', usage: 'Only display task IDs' }),
};
