/**
 * Swarm objects as the Engine API returns them (`docker service|node|secret|config inspect`,
 * `--format` templates): field names and order of moby's api/types/swarm, times in RFC 3339 with
 * nanoseconds, secret data never included, config data in base64.
 */
import { rfc3339Nano } from '../api/time';
import type { World } from '../core/world';
import { toBase64 } from '../k8s/util';
import { hostByName } from './state';
import { managerStatus, nodeState } from './nodes';
import type { ClusterRecord, ConfigRecord, NodeRecord, ObjectMeta, SecretRecord, ServiceRecord, TaskRecord } from './types';

/** swarmkit stamps a new object's CreatedAt and UpdatedAt from one time.Now(): equal until it is written again. */
function meta(o: ObjectMeta) {
  const created = rfc3339Nano(o.createdAt, o.id + 'c');
  return { ID: o.id, Version: { Index: o.version }, CreatedAt: created, UpdatedAt: o.updatedAt === o.createdAt ? created : rfc3339Nano(o.updatedAt, o.id + String(o.version)) };
}

export function serviceJson(s: ServiceRecord): Record<string, unknown> {
  const ports = s.endpoint.ports.map((p) => ({ Protocol: p.Protocol, TargetPort: p.TargetPort, PublishedPort: p.PublishedPort ?? 0, PublishMode: p.PublishMode }));
  const st = s.updateStatus;
  return {
    ...meta(s),
    Spec: s.spec,
    ...(s.previousSpec ? { PreviousSpec: s.previousSpec } : {}),
    Endpoint: {
      Spec: { Mode: s.spec.EndpointSpec?.Mode ?? 'vip', ...(s.spec.EndpointSpec?.Ports?.length ? { Ports: s.spec.EndpointSpec.Ports } : {}) },
      ...(ports.length ? { Ports: ports } : {}),
      ...(s.endpoint.vips.length ? { VirtualIPs: s.endpoint.vips } : {}),
    },
    ...(st
      ? {
          UpdateStatus: {
            State: st.state,
            ...(st.startedAt !== undefined ? { StartedAt: rfc3339Nano(st.startedAt) } : {}),
            ...(st.completedAt !== undefined ? { CompletedAt: rfc3339Nano(st.completedAt) } : {}),
            Message: st.message,
          },
        }
      : {}),
  };
}

export function nodeJson(world: World, cluster: ClusterRecord, n: NodeRecord): Record<string, unknown> {
  const info = hostByName(world, n.hostname)?.info;
  const ms = managerStatus(world, cluster, n);
  return {
    ...meta(n),
    Spec: { Labels: n.spec.Labels, Role: n.spec.Role, Availability: n.spec.Availability },
    Description: {
      Hostname: n.hostname,
      Platform: { Architecture: 'x86_64', OS: 'linux' },
      Resources: { NanoCPUs: (info?.ncpu ?? 1) * 1e9, MemoryBytes: info?.memTotal ?? 0 },
      Engine: {
        EngineVersion: info?.version ?? '28.2.2',
        Plugins: [
          { Type: 'Log', Name: 'awslogs' }, { Type: 'Log', Name: 'fluentd' }, { Type: 'Log', Name: 'gcplogs' }, { Type: 'Log', Name: 'gelf' },
          { Type: 'Log', Name: 'journald' }, { Type: 'Log', Name: 'json-file' }, { Type: 'Log', Name: 'local' }, { Type: 'Log', Name: 'splunk' },
          { Type: 'Log', Name: 'syslog' }, { Type: 'Network', Name: 'bridge' }, { Type: 'Network', Name: 'host' }, { Type: 'Network', Name: 'ipvlan' },
          { Type: 'Network', Name: 'macvlan' }, { Type: 'Network', Name: 'null' }, { Type: 'Network', Name: 'overlay' }, { Type: 'Volume', Name: 'local' },
        ],
      },
      TLSInfo: { TrustRoot: cluster.trustRoot, CertIssuerSubject: 'MBMxETAPBgNVBAMTCHN3YXJtLWNh', CertIssuerPublicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + cluster.caDigest.slice(0, 50) },
    },
    Status: { State: nodeState(world, cluster, n), Addr: n.addr },
    ...(ms ? { ManagerStatus: { ...(ms === 'Leader' ? { Leader: true } : {}), Reachability: ms === 'Unreachable' ? 'unreachable' : 'reachable', Addr: n.managerAddr ?? `${n.addr}:2377` } } : {}),
  };
}

export function taskJson(t: TaskRecord): Record<string, unknown> {
  return {
    ...meta(t),
    Labels: {},
    Spec: t.spec,
    ServiceID: t.serviceId,
    ...(t.slot > 0 ? { Slot: t.slot } : {}),
    ...(t.nodeId ? { NodeID: t.nodeId } : {}),
    Status: {
      Timestamp: rfc3339Nano(t.status.timestamp),
      State: t.status.state,
      Message: t.status.message,
      ...(t.status.err ? { Err: t.status.err } : {}),
      ...(t.status.containerId ? { ContainerStatus: { ContainerID: t.status.containerId, PID: 0, ExitCode: t.status.exitCode ?? 0 } } : {}),
      PortStatus: {},
    },
    DesiredState: t.desiredState,
    ...(t.networks.length ? { NetworksAttachments: t.networks.map((a) => ({ Network: { ID: a.networkId }, Addresses: [a.addr] })) } : {}),
  };
}

export function secretJson(s: SecretRecord): Record<string, unknown> {
  return { ...meta(s), Spec: s.spec };
}

export function configJson(c: ConfigRecord): Record<string, unknown> {
  return { ...meta(c), Spec: { ...c.spec, Data: toBase64(c.data) } };
}
