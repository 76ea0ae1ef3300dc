/**
 * Stacks (docker/cli cli/command/stack/swarm): a stack is the services, networks, secrets and
 * configs labelled `com.docker.stack.namespace=<name>`. Deploy creates or updates them from a
 * compose project, in docker's order and with its progress lines; rm removes them; ls counts them.
 */
import type { Engine } from '../core/engine';
import { settle } from '../core/clock';
import { EngineError } from '../core/errors';
import { hostOf } from '../core/engine';
import type { ComposeProject } from '../compose/index';
import { createNetwork, removeNetwork } from '../networks/manage';
import { createSwarmObject, findSwarmObject, listSwarmObjects, removeSwarmObject } from './secrets';
import { createService, removeService, updateService } from './services';
import { NAMESPACE_LABEL, convertService, scopedName } from './stack-convert';
import { requireManager } from './state';
import type { ServiceRecord } from './types';

/** docker/cli's UnsupportedProperties, in its order (warned, then ignored). */
const UNSUPPORTED = ['build', 'cap_add', 'cap_drop', 'cgroupns_mode', 'cgroup_parent', 'devices', 'domainname', 'external_links', 'ipc', 'links', 'mac_address', 'network_mode', 'pid', 'privileged', 'restart', 'security_opt', 'shm_size', 'userns_mode'];
const DEPRECATED: Record<string, string> = {
  container_name: 'Setting the container name is not supported.',
  expose: "Exposing ports is unnecessary - services on the same network can access each other's containers on any port.",
};

export interface DeployOptions {
  stack: string;
  /** The file's content for `file:` secrets and configs (path as the project resolved it). */
  readFile(path: string): string | null;
  /** The image reference the client sends (digest resolution). */
  image(ref: string): string;
  prune?: boolean;
}

export interface DeployResult {
  /** Warnings for stderr (`Ignoring unsupported options: …`). */
  warnings: string[];
  /** Progress lines for stdout (`Creating network …`, `Creating service …`, `Updating service …`). */
  lines: string[];
}

export function stackServices(eng: Engine, stack: string): ServiceRecord[] {
  return Object.values(requireManager(eng).services)
    .filter((s) => s.spec.Labels[NAMESPACE_LABEL] === stack)
    .sort((a, b) => (a.spec.Name < b.spec.Name ? -1 : 1));
}

export function deployStack(eng: Engine, project: ComposeProject, o: DeployOptions): DeployResult {
  const cluster = requireManager(eng);
  const { stack } = o;
  const out: DeployResult = { warnings: [], lines: [] };
  const keys = Object.keys(project.services).sort();
  const unsupported = UNSUPPORTED.filter((p) => keys.some((k) => project.services[k]![p] !== undefined));
  if (unsupported.length) out.warnings.push(`Ignoring unsupported options: ${unsupported.join(', ')}\n`);
  const deprecated = Object.keys(DEPRECATED).filter((p) => keys.some((k) => project.services[k]![p] !== undefined));
  if (deprecated.length) out.warnings.push(`Ignoring deprecated options:\n\n${deprecated.map((d) => `${d}: ${DEPRECATED[d]}`).join('\n\n')}\n`);
  const host = hostOf(eng);
  const used = new Set(keys.flatMap((k) => Object.keys((project.services[k]!.networks as Record<string, unknown> | undefined) ?? {})));
  for (const key of [...used].sort()) {
    const def = project.networks[key];
    const name = scopedName(stack, key, def);
    const exists = Object.values(host.networks).some((n) => n.name === name);
    if (def?.external) {
      if (!exists) throw new EngineError('notFound', `network "${name}" is declared as external, but could not be found. You need to create a swarm-scoped network before the stack is deployed`);
      continue;
    }
    if (exists) continue;
    out.lines.push(`Creating network ${name}`);
    createNetwork(eng, { name, driver: String(def?.driver ?? 'overlay'), attachable: !!def?.attachable, labels: { [NAMESPACE_LABEL]: stack } });
  }
  const objects = (kind: 'secret' | 'config', defs: Record<string, Record<string, unknown>>) => {
    for (const [key, def] of Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : 1))) {
      if (def.external) continue;
      const name = scopedName(stack, key, def);
      const file = typeof def.file === 'string' ? def.file : null;
      const data = file ? o.readFile(file) : typeof def.content === 'string' ? def.content : typeof def.environment === 'string' ? (project.environment[def.environment] ?? '') : null;
      if (data === null) throw new EngineError('invalidParameter', `open ${file ?? key}: no such file or directory`);
      if (listSwarmObjects(eng, kind).some((r) => r.spec.Name === name)) continue;
      out.lines.push(`Creating ${kind} ${name}`);
      createSwarmObject(eng, kind, { name, data, labels: { [NAMESPACE_LABEL]: stack } });
    }
  };
  objects('secret', project.secrets);
  objects('config', project.configs);
  const lookupId = (kind: 'secret' | 'config') => (name: string) => {
    try {
      return findSwarmObject(eng, kind, name).id;
    } catch {
      throw new EngineError('notFound', `${kind} not found: ${name}`);
    }
  };
  const ctx = {
    stack,
    networks: project.networks,
    volumes: project.volumes,
    secretId: lookupId('secret'),
    configId: lookupId('config'),
    secretName: (k: string) => scopedName(stack, k, project.secrets[k]),
    configName: (k: string) => scopedName(stack, k, project.configs[k]),
    image: o.image,
  };
  const existing = new Map(stackServices(eng, stack).map((s) => [s.spec.Name, s]));
  for (const key of keys) {
    const spec = convertService(ctx, key, project.services[key]!);
    const current = existing.get(spec.Name);
    if (current) {
      out.lines.push(`Updating service ${spec.Name} (id: ${current.id})`);
      updateService(eng, current.id, spec);
    } else {
      out.lines.push(`Creating service ${spec.Name}`);
      createService(eng, spec);
    }
    existing.delete(spec.Name);
  }
  if (o.prune) for (const s of existing.values()) {
    out.lines.push(`Removing service ${s.spec.Name}`);
    removeService(eng, s.id);
  }
  void cluster;
  return out;
}

/** `docker stack rm`: services, then secrets, configs and networks of the stack; the lines docker prints. */
export function removeStack(eng: Engine, stack: string): string[] {
  const services = stackServices(eng, stack);
  const host = hostOf(eng);
  const nets = Object.values(host.networks).filter((n) => n.labels[NAMESPACE_LABEL] === stack);
  const secrets = listSwarmObjects(eng, 'secret').filter((s) => s.spec.Labels[NAMESPACE_LABEL] === stack);
  const configs = listSwarmObjects(eng, 'config').filter((s) => s.spec.Labels[NAMESPACE_LABEL] === stack);
  if (!services.length && !nets.length && !secrets.length && !configs.length) return [`Nothing found in stack: ${stack}`];
  const lines: string[] = [];
  for (const s of services) {
    lines.push(`Removing service ${s.spec.Name}`);
    removeService(eng, s.id);
  }
  for (const s of secrets) {
    lines.push(`Removing secret ${s.spec.Name}`);
    removeSwarmObject(eng, 'secret', s.id);
  }
  for (const c of configs) {
    lines.push(`Removing config ${c.spec.Name}`);
    removeSwarmObject(eng, 'config', c.id);
  }
  settle(eng);
  for (const n of nets) {
    lines.push(`Removing network ${n.name}`);
    removeNetworkWhenFree(eng, n.id);
  }
  return lines;
}

/** The network goes once the removed services' task containers are gone (after settle), as dockerd's retry does. */
function removeNetworkWhenFree(eng: Engine, id: string): void {
  const host = hostOf(eng);
  const inUse = Object.values(host.containers).some((c) => Object.values(c.networks).some((e) => e.networkId === id));
  if (!inUse) removeNetwork(eng, id);
}

/** Stacks and their service counts (`docker stack ls`), by name. */
export function listStacks(eng: Engine): Array<{ name: string; services: number }> {
  const counts = new Map<string, number>();
  for (const s of Object.values(requireManager(eng).services)) {
    const ns = s.spec.Labels[NAMESPACE_LABEL];
    if (ns !== undefined) counts.set(ns, (counts.get(ns) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, services]) => ({ name, services }));
}
