/**
 * A task's container on its node, as dockerd's swarm executor creates it: name
 * `<service>.<slot|node>.<task>`, the com.docker.swarm.* labels, the container spec translated
 * to a container config (Args → Cmd, Command → Entrypoint, limits, mounts, health check; task
 * templates in hostname, env and mount paths expanded), the overlay endpoints with the addresses
 * the manager allocated, secrets and configs as files.
 */
import type { Engine } from '../core/engine';
import { createContainer, type CreateSpec } from '../containers/create';
import { containerFs } from '../containers/view';
import type { ContainerRecord, MountSpec } from '../containers/types';
import { connectNetwork } from '../networks/attach';
import type { ClusterRecord, ServiceRecord, TaskRecord } from './types';
import { findClusterNetwork } from './overlay';
import { expandTaskTemplate, taskTemplateValues } from './task-template';

/**
 * The reference a node pulls and runs: the tag when the spec pins `name:tag@digest` (the
 * simulated registries address images by tag; the digest stays in the spec).
 */
export function nodeImage(image: string): string {
  const at = image.indexOf('@');
  return at > 0 && image.slice(0, at).includes(':') ? image.slice(0, at) : image;
}

export function taskName(t: TaskRecord): string {
  return `${t.serviceName}.${t.slot > 0 ? t.slot : t.nodeId}`;
}

export function containerName(t: TaskRecord): string {
  return `${taskName(t)}.${t.id}`;
}

function taskLabels(t: TaskRecord, service: ServiceRecord | undefined): Record<string, string> {
  const labels: Record<string, string> = { ...(t.spec.ContainerSpec.Labels ?? {}) };
  const ns = service?.spec.Labels['com.docker.stack.namespace'];
  if (ns !== undefined) labels['com.docker.stack.namespace'] = ns;
  Object.assign(labels, {
    'com.docker.swarm.node.id': t.nodeId ?? '',
    'com.docker.swarm.service.id': t.serviceId,
    'com.docker.swarm.service.name': t.serviceName,
    'com.docker.swarm.task': '',
    'com.docker.swarm.task.id': t.id,
    'com.docker.swarm.task.name': taskName(t) + '.' + t.id,
  });
  return labels;
}

/** `ip host` (service --host) → `host:ip` (container ExtraHosts). */
const extraHost = (h: string) => {
  const [ip = '', ...names] = h.trim().split(/\s+/);
  return names.map((n) => `${n}:${ip}`);
};

export function createTaskContainer(node: Engine, cluster: ClusterRecord, t: TaskRecord): ContainerRecord {
  const cs = t.spec.ContainerSpec;
  const service = cluster.services[t.serviceId];
  const limits = t.spec.Resources?.Limits;
  const tv = taskTemplateValues(t, node.host);
  const mounts: MountSpec[] = (cs.Mounts ?? []).map((m) => ({
    Type: m.Type,
    Source: expandTaskTemplate(m.Source ?? '', tv),
    Target: expandTaskTemplate(m.Target, tv),
    ...(m.ReadOnly ? { ReadOnly: true } : {}),
    ...(m.VolumeOptions ? { VolumeOptions: m.VolumeOptions } : {}),
    ...(m.TmpfsOptions ? { TmpfsOptions: m.TmpfsOptions } : {}),
  }));
  const attachments = t.networks.map((a) => ({ ...a, net: findClusterNetwork(node.world, cluster, a.networkId) })).filter((a) => a.net);
  const primary = attachments.find((a) => !a.net!.ingress) ?? attachments[0];
  const aliasesFor = (netId: string) => {
    if (findClusterNetwork(node.world, cluster, netId)?.ingress) return [];
    const extra = t.spec.Networks?.find((n) => n.Target === netId)?.Aliases ?? [];
    return [t.serviceName, ...extra];
  };
  const hc = cs.Healthcheck;
  const spec: CreateSpec = {
    name: containerName(t),
    config: {
      Image: nodeImage(cs.Image),
      ...(cs.Args?.length ? { Cmd: cs.Args } : {}),
      ...(cs.Command?.length ? { Entrypoint: cs.Command } : {}),
      ...(cs.Env?.length ? { Env: cs.Env.map((e) => expandTaskTemplate(e, tv)) } : {}),
      ...(cs.User ? { User: cs.User } : {}),
      ...(cs.Dir ? { WorkingDir: cs.Dir } : {}),
      ...(cs.Hostname ? { Hostname: expandTaskTemplate(cs.Hostname, tv) } : {}),
      ...(cs.TTY ? { Tty: true } : {}),
      ...(cs.StopSignal ? { StopSignal: cs.StopSignal } : {}),
      ...(hc?.Test?.length ? { Healthcheck: { Test: hc.Test, ...pick(hc) } } : {}),
      Labels: taskLabels(t, service),
    },
    hostConfig: {
      NetworkMode: primary ? primary.net!.name : 'default',
      ...(mounts.length ? { Mounts: mounts } : {}),
      ...(cs.Init ? { Init: true } : {}),
      ...(cs.ReadOnly ? { ReadonlyRootfs: true } : {}),
      ...(limits?.NanoCPUs ? { NanoCpus: limits.NanoCPUs } : {}),
      ...(limits?.MemoryBytes ? { Memory: limits.MemoryBytes } : {}),
      ...(limits?.Pids ? { PidsLimit: limits.Pids } : {}),
      ...(cs.CapabilityAdd?.length ? { CapAdd: cs.CapabilityAdd } : {}),
      ...(cs.CapabilityDrop?.length ? { CapDrop: cs.CapabilityDrop } : {}),
      ...(cs.Hosts?.length ? { ExtraHosts: cs.Hosts.flatMap(extraHost) } : {}),
      ...(t.spec.LogDriver ? { LogConfig: { Type: t.spec.LogDriver.Name, Config: t.spec.LogDriver.Options ?? {} } } : {}),
    },
    ...(primary ? { endpoints: { [primary.net!.name]: { aliases: aliasesFor(primary.networkId), ipv4Address: primary.addr.split('/')[0]! } } } : {}),
  };
  const { container } = createContainer(node, spec);
  for (const a of attachments) {
    if (a === primary) continue;
    connectNetwork(node, a.net!.id, container.id, { ip: a.addr.split('/')[0]!, aliases: aliasesFor(a.networkId) });
  }
  writeFiles(node, cluster, t, container);
  return container;
}

function pick(hc: NonNullable<TaskRecord['spec']['ContainerSpec']['Healthcheck']>) {
  const out: { Interval?: number; Timeout?: number; StartPeriod?: number; StartInterval?: number; Retries?: number } = {};
  if (hc.Interval) out.Interval = hc.Interval;
  if (hc.Timeout) out.Timeout = hc.Timeout;
  if (hc.StartPeriod) out.StartPeriod = hc.StartPeriod;
  if (hc.StartInterval) out.StartInterval = hc.StartInterval;
  if (hc.Retries) out.Retries = hc.Retries;
  return out;
}

/** Secrets at /run/secrets/<target>, configs at /<target> (or their absolute target). */
function writeFiles(node: Engine, cluster: ClusterRecord, t: TaskRecord, c: ContainerRecord): void {
  const cs = t.spec.ContainerSpec;
  const files: Array<{ path: string; data: string; mode: number; uid: number; gid: number }> = [];
  const owner = (ref: { File: { UID: string; GID: string } }) => ({ uid: Number(ref.File.UID) || 0, gid: Number(ref.File.GID) || 0 });
  for (const ref of cs.Secrets ?? []) {
    const s = cluster.secrets[ref.SecretID];
    if (s) files.push({ path: ref.File.Name.startsWith('/') ? ref.File.Name : `/run/secrets/${ref.File.Name}`, data: s.data, mode: ref.File.Mode, ...owner(ref) });
  }
  for (const ref of cs.Configs ?? []) {
    const s = cluster.configs[ref.ConfigID];
    if (s) files.push({ path: ref.File.Name.startsWith('/') ? ref.File.Name : `/${ref.File.Name}`, data: s.data, mode: ref.File.Mode, ...owner(ref) });
  }
  if (files.length === 0) return;
  const fs = containerFs(node, c);
  for (const f of files) {
    const dir = f.path.slice(0, f.path.lastIndexOf('/')) || '/';
    try {
      fs.mkdir(dir, { recursive: true });
      fs.writeFile(f.path, f.data);
      fs.chmod(f.path, f.mode);
      if (f.uid !== 0 || f.gid !== 0) fs.chown(f.path, f.uid, f.gid);
    } catch {
      // a read-only or odd target: the file is simply missing, as a failed mount would leave it
    }
  }
}
