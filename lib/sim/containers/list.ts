/** docker ps: the daemon's container list with its filters, newest first. */
import { hostOf, type Engine } from '../core/engine';
import { invalid } from '../core/errors';
import type { HostState } from '../core/world';
import { findImage } from '../images/store';
import { findNetwork, matchLabels } from '../networks/manage';
import { findContainer } from './names';
import type { ContainerRecord } from './types';
import { containerList } from './container-list';
import { sortSmall } from '../core/small-sort';

const ACCEPTED = ['ancestor', 'before', 'exited', 'id', 'isolation', 'label', 'name', 'status', 'health', 'since', 'volume', 'network', 'is-task', 'publish', 'expose'];
const STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];
const HEALTHS = ['none', 'starting', 'healthy', 'unhealthy'];

export interface ListOptions {
  all?: boolean;
  /** `-n N`: the N most recently created (any state). */
  last?: number;
  /** `-l`: the most recently created. */
  latest?: boolean;
  /** `--filter` values as typed (`status=exited`, `label=a=b`…). */
  filters?: readonly string[];
}

function group(filters: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of filters) {
    const i = f.indexOf('=');
    if (i < 0) throw invalid('bad format of filter (expected name=value)');
    const k = f.slice(0, i).toLowerCase();
    if (!ACCEPTED.includes(k)) throw invalid(`invalid filter '${k}'`);
    out.set(k, [...(out.get(k) ?? []), f.slice(i + 1)]);
  }
  return out;
}

function portMatch(spec: string, port: string): boolean {
  const [range, proto = 'tcp'] = spec.split('/') as [string, string?];
  const [p, pp] = port.split('/') as [string, string];
  if (proto !== pp) return false;
  const [lo, hi = lo] = range.split('-').map(Number) as [number, number?];
  return Number(p) >= lo && Number(p) <= (hi ?? lo);
}

function descendsFrom(host: HostState, imageId: string, ancestor: string): boolean {
  for (let id: string | undefined = imageId; id; id = host.images[id]?.parent) if (id === ancestor) return true;
  return false;
}

const newerFirst = (a: ContainerRecord, b: ContainerRecord) => b.created - a.created;

export function listContainers(eng: Engine, o: ListOptions = {}): ContainerRecord[] {
  const host = hostOf(eng);
  const f = group(o.filters ?? []);
  for (const v of f.get('status') ?? []) if (!STATES.includes(v)) throw invalid(`invalid filter 'status=${v}': invalid value for state (${v}): must be one of ${STATES.join(', ')}`);
  for (const v of f.get('health') ?? []) if (!HEALTHS.includes(v)) throw invalid(`invalid filter 'health=${v}': invalid value for health (${v}): must be one of ${HEALTHS.join(', ')}`);
  for (const v of f.get('exited') ?? []) if (!/^-?\d+$/.test(v)) throw invalid(`invalid filter 'exited=${v}': strconv.Atoi: parsing "${v}": invalid syntax`);
  const createdOf = (term: string) => {
    const c = findContainer(host, term);
    if (!c) throw invalid(`No such container: ${term}`);
    return c.created;
  };
  const before = f.get('before')?.map(createdOf);
  const since = f.get('since')?.map(createdOf);
  const ancestors = (f.get('ancestor') ?? []).map((a) => findImage(eng, a)?.id).filter((x): x is string => !!x);
  const all = o.all || f.has('status') || o.last !== undefined || o.latest;
  // Newest first; containers created in the same millisecond keep creation order (the later one first).
  let list = sortSmall(containerList(host).slice().reverse(), newerFirst);
  list = list.filter((c) => {
    if (!all && !c.state.Running) return false;
    if (f.size === 0) return true;
    const any = (k: string, pred: (v: string) => boolean) => !f.has(k) || f.get(k)!.some(pred);
    return (
      any('id', (v) => c.id.startsWith(v)) &&
      any('name', (v) => new RegExp(v).test(`/${c.name}`) || new RegExp(v).test(c.name)) &&
      (!f.has('label') || matchLabels(c.config.Labels, f.get('label')!)) &&
      any('status', (v) => c.state.Status === v) &&
      any('exited', (v) => c.state.Status === 'exited' && c.state.ExitCode === Number(v)) &&
      any('health', (v) => (c.state.Health?.Status ?? 'none') === v) &&
      (!f.has('ancestor') || ancestors.some((a) => descendsFrom(host, c.imageId, a))) &&
      (!before || before.every((t) => c.created < t)) &&
      (!since || since.every((t) => c.created > t)) &&
      any('volume', (v) => c.mounts.some((m) => m.Name === v || m.Destination === v || m.Source === v)) &&
      any('network', (v) => Object.keys(c.networks).some((n) => n === v || findNetwork(host, v)?.name === n)) &&
      any('publish', (v) => Object.entries(c.ports).some(([k, b]) => (b ?? []).some((x) => portMatch(v.includes('/') ? v : `${v}/tcp`, `${x.HostPort}/${k.split('/')[1] ?? 'tcp'}`)))) &&
      any('expose', (v) => Object.keys(c.config.ExposedPorts ?? {}).some((k) => portMatch(v.includes('/') ? v : `${v}/tcp`, k))) &&
      any('is-task', (v) => (v === 'true') === 'com.docker.swarm.task' in c.config.Labels) &&
      any('isolation', (v) => v === 'default' || v === '')
    );
  });
  if (o.latest) list = list.slice(0, 1);
  else if (o.last !== undefined && o.last >= 0) list = list.slice(0, o.last);
  return list;
}
