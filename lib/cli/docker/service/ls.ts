/** `docker service ls|list`: ID NAME MODE REPLICAS IMAGE PORTS, sorted by name; filters id, label, mode, name. */
import { checkSwarmFilters, SWARM_LIST_FLAGS } from '../swarm-list-flags';
import { settle } from '../../../sim/index';
import { nodeState, replicaCounts, requireManager, type ClusterRecord, type ServiceRecord } from '../../../sim/swarm/index';
import type { Engine } from '../../../sim/index';
import { CliError, defineCommand, noArgs } from '../../command';
import { DEFAULT_QUIET_FORMAT, FormatContext, formatWrite, HeaderMap, TABLE_FORMAT_KEY } from '../../format/formatter';
import { GO_TYPE } from '../../format/template';
import { truncateID } from '../../format/text-width';
import type { DockerEnv } from '../env';
import { shortImage } from './task-format';

const HEADERS = new HeaderMap([
  ['ID', 'ID'],
  ['Name', 'NAME'],
  ['Mode', 'MODE'],
  ['Replicas', 'REPLICAS'],
  ['Image', 'IMAGE'],
  ['Ports', 'PORTS'],
]);
const DEFAULT_FORMAT = 'table {{.ID}}\t{{.Name}}\t{{.Mode}}\t{{.Replicas}}\t{{.Image}}\t{{.Ports}}';

export function readyNodes(eng: Engine, cluster: ClusterRecord): Set<string> {
  return new Set(Object.values(cluster.nodes).filter((n) => nodeState(eng.world, cluster, n) === 'ready').map((n) => n.id));
}

export function portsText(s: ServiceRecord): string {
  return s.endpoint.ports
    .filter((p) => p.PublishMode === 'ingress')
    .map((p) => `*:${p.PublishedPort}->${p.TargetPort}/${p.Protocol}`)
    .join(', ');
}

export class ServiceContext extends FormatContext {
  readonly [GO_TYPE] = '*service.serviceContext';
  constructor(
    private readonly s: ServiceRecord,
    private readonly counts: { running: number; desired: number },
  ) {
    super();
  }
  ID(): string {
    return truncateID(this.s.id);
  }
  Name(): string {
    return this.s.spec.Name;
  }
  Mode(): string {
    return this.s.spec.Mode.Global ? 'global' : 'replicated';
  }
  Replicas(): string {
    const max = this.s.spec.TaskTemplate.Placement?.MaxReplicas;
    return `${this.counts.running}/${this.counts.desired}` + (max ? ` (max ${max} per node)` : '');
  }
  Image(): string {
    return shortImage(this.s.spec.TaskTemplate.ContainerSpec.Image);
  }
  Ports(): string {
    return portsText(this.s);
  }
}

/** daemon/cluster/filters.go newListServicesFilters. */
const SERVICE_FILTERS = ['id', 'label', 'mode', 'name'];

export function serviceFilter(s: ServiceRecord, filters: Record<string, string[]>): boolean {
  checkSwarmFilters(filters, SERVICE_FILTERS);
  if (filters.id?.length && !filters.id.some((v) => s.id.startsWith(v))) return false;
  if (filters.name?.length && !filters.name.some((v) => s.spec.Name.startsWith(v))) return false;
  if (filters.mode?.length && !filters.mode.includes(s.spec.Mode.Global ? 'global' : 'replicated')) return false;
  for (const l of filters.label ?? []) {
    const [k, v] = l.split('=', 2) as [string, string | undefined];
    if (!(k in s.spec.Labels) || (v !== undefined && s.spec.Labels[k] !== v)) return false;
  }
  return true;
}

export function renderServices(eng: Engine, services: ServiceRecord[], format: string, quiet: boolean): string {
  const cluster = requireManager(eng);
  const ready = readyNodes(eng, cluster);
  const rows = [...services].sort((a, b) => (a.spec.Name < b.spec.Name ? -1 : 1)).map((s) => new ServiceContext(s, replicaCounts(cluster, s, ready)));
  let f = format;
  if (f === '' || f === TABLE_FORMAT_KEY) f = quiet ? DEFAULT_QUIET_FORMAT : DEFAULT_FORMAT;
  else if (quiet) f = DEFAULT_QUIET_FORMAT;
  return formatWrite(f, HEADERS, rows);
}

export const ls = defineCommand<DockerEnv>()({
  use: 'ls [OPTIONS]',
  short: 'List services',
  args: noArgs,
  aliasesLine: 'docker service ls, docker service list',
  at: [{ parent: 'service', aliases: ['list'] }],
  flags: SWARM_LIST_FLAGS,
  complete: () => [],
  run(ctx, o) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const filters = o.filter;
    checkSwarmFilters(filters, SERVICE_FILTERS);
    const services = Object.values(requireManager(eng).services).filter((s) => serviceFilter(s, filters));
    ctx.out(renderServices(eng, services, o.format, o.quiet));
    return 0;
  },
});
