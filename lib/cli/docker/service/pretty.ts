/** `docker service inspect --pretty`: docker/cli's serviceInspectPrettyTemplate, field for field (tabs kept). */
import { findOverlay, type ClusterRecord, type ServiceRecord, type UpdateConfigSpec } from '../../../sim/swarm/index';
import type { Engine } from '../../../sim/index';
import { formatGoDuration } from '../../flags';
import { bytesSize, humanDuration } from '../../format/units';

function updateBlock(title: string, order: string, c: UpdateConfigSpec): string {
  let out = `\n${title}:\n Parallelism:\t${c.Parallelism}`;
  if ((c.Delay ?? 0) > 0) out += `\n Delay:\t\t${formatGoDuration(c.Delay!)}`;
  out += `\n On failure:\t${c.FailureAction}`;
  if (c.Monitor > 0) out += `\n Monitoring Period: ${formatGoDuration(c.Monitor)}`;
  out += `\n Max failure ratio: ${c.MaxFailureRatio}\n ${order}:${order === 'Update order' ? '      ' : '    '}${c.Order}`;
  return out;
}

const cpus = (n: number) => String(n / 1e9);

export function prettyService(eng: Engine, cluster: ClusterRecord, s: ServiceRecord): string {
  const spec = s.spec;
  const cs = spec.TaskTemplate.ContainerSpec;
  let out = `\nID:\t\t${s.id}\nName:\t\t${spec.Name}`;
  const labels = Object.entries(spec.Labels).sort(([a], [b]) => (a < b ? -1 : 1));
  if (labels.length) out += '\nLabels:' + labels.map(([k, v]) => `\n ${k}${v ? `=${v}` : ''}`).join('');
  out += '\nService Mode:';
  if (spec.Mode.Global) out += '\tGlobal';
  else out += `\tReplicated${spec.Mode.Replicated!.Replicas ? `\n Replicas:\t${spec.Mode.Replicated!.Replicas}` : ''}`;
  const st = s.updateStatus;
  if (st) {
    const now = eng.world.clock;
    out += `\nUpdateStatus:\n State:\t\t${st.state}`;
    if (st.startedAt !== undefined) out += `\n Started:\t${humanDuration(now - st.startedAt)} ago`;
    if (st.state === 'completed' && st.completedAt !== undefined) out += `\n Completed:\t${humanDuration(now - st.completedAt)} ago`;
    out += `\n Message:\t${st.message}`;
  }
  const pl = spec.TaskTemplate.Placement;
  out += '\nPlacement:';
  if (pl?.Constraints?.length) out += `\n Constraints:\t[${pl.Constraints.join(' ')}]`;
  if (pl?.Preferences?.length) out += `\n Preferences:   [${pl.Preferences.map((p) => 'spread=' + p.Spread.SpreadDescriptor).join(' ')}]`;
  if (pl?.MaxReplicas) out += `\n Max Replicas Per Node:   ${pl.MaxReplicas}`;
  if (spec.UpdateConfig) out += updateBlock('UpdateConfig', 'Update order', spec.UpdateConfig);
  if (spec.RollbackConfig) out += updateBlock('RollbackConfig', 'Rollback order', spec.RollbackConfig);
  out += `\nContainerSpec:\n Image:\t\t${cs.Image}`;
  if (cs.Args?.length) out += `\n Args:\t\t${cs.Args.map((a) => a + ' ').join('')}`;
  if (cs.Env?.length) out += `\n Env:\t\t${cs.Env.map((a) => a + ' ').join('')}`;
  if (cs.Dir) out += `\n Dir:\t\t${cs.Dir}`;
  if (cs.Init !== undefined) out += `\n Init:\t\t${cs.Init}`;
  if (cs.User) out += `\n User: ${cs.User}`;
  if (cs.Mounts?.length) out += '\nMounts:';
  for (const m of cs.Mounts ?? []) out += `\n Target:\t${m.Target}\n  Source:\t${m.Source ?? ''}\n  ReadOnly:\t${!!m.ReadOnly}\n  Type:\t\t${m.Type}`;
  if (cs.Configs?.length) out += '\nConfigs:' + cs.Configs.map((c) => `\n Target:\t${c.File.Name}\n  Source:\t${c.ConfigName}`).join('');
  if (cs.Secrets?.length) out += '\nSecrets:' + cs.Secrets.map((c) => `\n Target:\t${c.File.Name}\n  Source:\t${c.SecretName}`).join('');
  const r = spec.TaskTemplate.Resources;
  if (r) {
    out += '\nResources:';
    const res = r.Reservations;
    if (res && ((res.NanoCPUs ?? 0) > 0 || (res.MemoryBytes ?? 0) > 0)) {
      out += '\n Reservations:';
      if ((res.NanoCPUs ?? 0) > 0) out += `\n  CPU:\t\t${cpus(res.NanoCPUs!)}`;
      if (res.MemoryBytes) out += `\n  Memory:\t${bytesSize(res.MemoryBytes)}`;
    }
    const lim = r.Limits;
    if (lim && ((lim.NanoCPUs ?? 0) > 0 || (lim.MemoryBytes ?? 0) > 0 || (lim.Pids ?? 0) > 0)) {
      out += '\n Limits:';
      if ((lim.NanoCPUs ?? 0) > 0) out += `\n  CPU:\t\t${cpus(lim.NanoCPUs!)}`;
      if (lim.MemoryBytes) out += `\n  Memory:\t${bytesSize(lim.MemoryBytes)}`;
    }
    if ((lim?.Pids ?? 0) > 0) out += `\n  PIDs:\t\t${lim!.Pids}`;
  }
  const nets = (spec.TaskTemplate.Networks ?? []).map((n) => findOverlay(eng.world, cluster, n.Target)?.name ?? n.Target);
  if (nets.length) out += '\nNetworks:' + nets.map((n) => ` ${n}`).join('') + ' ';
  out += `\nEndpoint Mode:\t${spec.EndpointSpec?.Mode ?? 'vip'}`;
  const ports = s.endpoint.ports;
  if (ports.length) {
    out += '\nPorts:' + ports.map((p) => `\n PublishedPort = ${p.PublishedPort ?? 0}\n  Protocol = ${p.Protocol}\n  TargetPort = ${p.TargetPort}\n  PublishMode = ${p.PublishMode}`).join('') + ' ';
  }
  const hc = cs.Healthcheck;
  if (hc) {
    out += `\n Healthcheck:\n  Interval = ${formatGoDuration(hc.Interval ?? 0)}\n  Retries = ${hc.Retries ?? 0}\n  StartPeriod =\t${formatGoDuration(hc.StartPeriod ?? 0)}\n  Timeout =\t${formatGoDuration(hc.Timeout ?? 0)}`;
    if (hc.Test?.length) out += '\n  Tests:' + hc.Test.map((t) => `\n\t Test = ${t}`).join('') + ' ';
  }
  return out + '\n';
}
