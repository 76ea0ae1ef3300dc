/**
 * compose's convergence (pkg/compose/convergence.go): for each service, in dependency order,
 * compare what runs with the file — create missing containers (`<project>-<service>-<n>`),
 * recreate those whose config hash or image changed (`Recreate` → `Recreated`), remove extra ones
 * when scaling down, leave the rest (`Running`) — and deal with orphans.
 */
import {
  connectNetwork,
  createContainer,
  findImage,
  removeContainer,
  renameContainer,
  stopContainer,
  type ContainerRecord,
  type Engine,
} from '../index';
import { composeLabels, containerName, createSpec, serviceHash, serviceImage } from './convert';
import { ComposeError, type Warn } from './errors';
import { dependencyOrder } from './graph';
import { CONFIG_HASH_LABEL, IMAGE_LABEL } from './labels';
import { numberOf, projectContainers, serviceContainers, serviceOf, sortedByName } from './observe';
import { COST, type Progress } from './progress';
import type { ComposeProject, ServiceModel } from './project';
import { isMap } from './tree-path';

export type Recreate = 'diverged' | 'force' | 'never';

export interface ConvergeOptions {
  /** Services named on the command line (they get `recreate`; dependencies `recreateDependencies`). */
  services: readonly string[];
  recreate: Recreate;
  recreateDependencies: Recreate;
  removeOrphans: boolean;
  ignoreOrphans: boolean;
  /** `--timeout` for stopping replaced containers (seconds). */
  timeout?: number;
  envFiles: readonly string[];
  /** `-V`: recreated containers get fresh anonymous volumes instead of their predecessor's. */
  renewAnonVolumes?: boolean;
}

export function serviceScale(s: ServiceModel): number {
  if (typeof s.scale === 'number') return s.scale;
  if (isMap(s.deploy) && typeof s.deploy.replicas === 'number') return s.deploy.replicas;
  return 1;
}

export const progressName = (c: ContainerRecord) => `Container ${c.name}`;

export function checkContainerNameUnicity(p: ComposeProject): void {
  const seen = new Map<string, string>();
  for (const [name, s] of Object.entries(p.services)) {
    if (typeof s.container_name !== 'string' || s.container_name === '') continue;
    const existing = seen.get(s.container_name);
    if (existing) throw new ComposeError(`services.${name}: container name ${JSON.stringify(s.container_name)} is already in use by service ${existing}"`);
    seen.set(s.container_name, name);
  }
}

function imageIdOf(eng: Engine, ref: string): string {
  try {
    return findImage(eng, ref)?.id ?? '';
  } catch {
    return '';
  }
}

function mustRecreate(eng: Engine, p: ComposeProject, name: string, c: ContainerRecord, policy: Recreate): boolean {
  if (policy === 'never') return false;
  if (policy === 'force') return true;
  const s = p.services[name]!;
  if (c.config.Labels[CONFIG_HASH_LABEL] !== serviceHash(s)) return true;
  const imageId = imageIdOf(eng, serviceImage(p.name, name, s));
  return imageId !== '' && c.config.Labels[IMAGE_LABEL] !== imageId;
}

export interface CreateContainerOptions {
  oneOff?: boolean;
  autoRemove?: boolean;
  useAliases?: boolean;
  publish?: boolean;
  name?: string;
  extraLabels?: Record<string, string>;
  override?: (spec: ReturnType<typeof createSpec>) => void;
}

/** Create (not start) one container of a service, connected to all its networks. */
export function createServiceContainer(eng: Engine, p: ComposeProject, service: string, number: number, envFiles: readonly string[], o: CreateContainerOptions = {}): ContainerRecord {
  const s = p.services[service] ?? p.disabledServices[service]!;
  const name = o.name ?? containerName(p.name, service, s, number);
  const imageId = imageIdOf(eng, serviceImage(p.name, service, s));
  const labels = { ...composeLabels({ project: p, service, number, oneOff: o.oneOff === true, imageId, envFiles }), ...o.extraLabels };
  const spec = createSpec({ project: p, service, name, labels, useAliases: o.useAliases !== false, publish: o.publish });
  if (o.autoRemove) spec.hostConfig = { ...spec.hostConfig, AutoRemove: true };
  o.override?.(spec);
  const { container } = createContainer(eng, spec);
  const primary = spec.hostConfig?.NetworkMode;
  for (const [net, ep] of Object.entries(spec.endpoints ?? {})) {
    if (net === primary) continue;
    connectNetwork(eng, net, container.id, { ...(ep.aliases ? { aliases: ep.aliases } : {}), ...(ep.ipv4Address ? { ip: ep.ipv4Address } : {}) });
  }
  return container;
}

function createOne(eng: Engine, p: ComposeProject, service: string, number: number, o: ConvergeOptions, progress: Progress): void {
  const name = containerName(p.name, service, p.services[service]!, number);
  const id = `Container ${name}`;
  progress.working(id, 'Creating');
  progress.spend(COST.create);
  try {
    createServiceContainer(eng, p, service, number, o.envFiles);
  } catch (e) {
    progress.error(id, e instanceof Error ? e.message : String(e));
    throw e;
  }
  progress.done(id, 'Created');
}

const ANONYMOUS = /^[0-9a-f]{64}$/;

/** compose hands a recreated container its predecessor's anonymous volumes (data survives `up`). */
function keepAnonymousVolumes(old: ContainerRecord, spec: ReturnType<typeof createSpec>): void {
  const hc = (spec.hostConfig ??= {});
  const taken = new Set([...(hc.Binds ?? []).map((b) => b.split(':')[1]), ...(hc.Mounts ?? []).map((m) => m.Target)]);
  const keep = old.mounts.filter((m) => m.Type === 'volume' && m.Name !== undefined && ANONYMOUS.test(m.Name) && !taken.has(m.Destination));
  if (keep.length > 0) hc.Binds = [...(hc.Binds ?? []), ...keep.map((m) => `${m.Name}:${m.Destination}:rw`)];
}

function recreate(eng: Engine, p: ComposeProject, service: string, old: ContainerRecord, o: ConvergeOptions, progress: Progress): void {
  const id = progressName(old);
  progress.working(id, 'Recreate');
  const number = numberOf(old);
  const name = containerName(p.name, service, p.services[service]!, number);
  progress.spend(COST.create);
  const created = createServiceContainer(eng, p, service, number, o.envFiles, {
    name: `${old.id.slice(0, 12)}_${name}`,
    extraLabels: { 'com.docker.compose.replace': old.id },
    ...(o.renewAnonVolumes ? {} : { override: (spec) => keepAnonymousVolumes(old, spec) }),
  });
  if (old.state.Running) {
    progress.spend(COST.stop);
    stopContainer(eng, old.id, o.timeout !== undefined ? { timeout: o.timeout } : {});
  }
  removeContainer(eng, old.id, {});
  renameContainer(eng, created.id, name);
  progress.done(id, 'Recreated');
}

function ensureService(eng: Engine, p: ComposeProject, service: string, policy: Recreate, o: ConvergeOptions, progress: Progress): void {
  const expected = serviceScale(p.services[service]!);
  const obsolete = new Map(serviceContainers(eng, p.name, service).map((c) => [c.id, mustRecreate(eng, p, service, c, policy)]));
  const containers = serviceContainers(eng, p.name, service).sort((a, b) => {
    const oa = obsolete.get(a.id)!;
    const ob = obsolete.get(b.id)!;
    if (oa !== ob) return oa ? 1 : -1;
    return numberOf(a) - numberOf(b);
  });
  containers.forEach((c, i) => {
    if (i >= expected) {
      stopAndRemove(eng, c, progress, o.timeout);
      return;
    }
    if (obsolete.get(c.id)) recreate(eng, p, service, c, o, progress);
    else if (c.state.Status === 'running') progress.done(progressName(c), 'Running');
    else if (c.state.Status === 'exited') progress.done(progressName(c), 'Created');
  });
  const next = containers.reduce((m, c) => Math.max(m, numberOf(c)), 0) + 1;
  for (let i = 0; i < expected - containers.length; i++) createOne(eng, p, service, next + i, o, progress);
}

export function stopAndRemove(eng: Engine, c: ContainerRecord, progress: Progress, timeout?: number, volumes = false): void {
  const id = progressName(c);
  progress.working(id, 'Stopping');
  progress.spend(COST.stop);
  if (c.state.Running) stopContainer(eng, c.id, timeout !== undefined ? { timeout } : {});
  progress.done(id, 'Stopped');
  progress.working(id, 'Removing');
  progress.spend(COST.remove);
  removeContainer(eng, c.id, { force: true, volumes });
  progress.done(id, 'Removed');
}

/** Containers of the project whose service is no longer in the file. */
export function orphans(eng: Engine, p: ComposeProject): ContainerRecord[] {
  return projectContainers(eng, p.name, 'include').filter((c) => !(serviceOf(c) in p.services) && !(serviceOf(c) in p.disabledServices));
}

export function handleOrphans(eng: Engine, p: ComposeProject, o: { removeOrphans: boolean; ignoreOrphans: boolean; timeout?: number }, progress: Progress, warn: Warn): void {
  const found = sortedByName(orphans(eng, p));
  if (found.length === 0 || o.ignoreOrphans) return;
  if (o.removeOrphans) {
    for (const c of found) stopAndRemove(eng, c, progress, o.timeout);
    return;
  }
  warn(
    `Found orphan containers ([${found.map((c) => c.name).join(' ')}]) for this project. If you removed or renamed this service in your compose file, you can run this command with the --remove-orphans flag to clean it up.`,
  );
}

/** Converge every service of the project (dependencies first). */
export function convergeServices(eng: Engine, p: ComposeProject, o: ConvergeOptions, progress: Progress): void {
  for (const name of dependencyOrder(p)) {
    const policy = o.services.length === 0 || o.services.includes(name) ? o.recreate : o.recreateDependencies;
    ensureService(eng, p, name, policy, o, progress);
  }
}
