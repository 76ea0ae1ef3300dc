/**
 * The Swarm part of the engine's Info (`GET /info` → `.Swarm`, types swarm.Info): local node
 * state, node id and address, whether the control API is available, the known managers and, on a
 * manager with a leader, the node counts and the cluster (id, version, spec as `docker swarm
 * update` left it, TLS info, address pool). Without a raft quorum a manager reports the error.
 */
import type { HostState, World } from '../core/world';
import { rfc3339Nano } from '../api/time';
import { hasQuorum, managers, membership, NO_LEADER, swarmWorld } from './state';

export interface SwarmInfo {
  NodeID: string;
  NodeAddr: string;
  LocalNodeState: 'inactive' | 'pending' | 'active' | 'error' | 'locked';
  ControlAvailable: boolean;
  Error: string;
  RemoteManagers: Array<{ NodeID: string; Addr: string }> | null;
  Nodes?: number;
  Managers?: number;
  Cluster?: Record<string, unknown> & {
    ID: string;
    Spec: ClusterSpecInfo;
    RootRotationInProgress: boolean;
    DefaultAddrPool: string[];
    SubnetSize: number;
    DataPathPort: number;
  };
}

export interface ClusterSpecInfo {
  Name: string;
  Labels: Record<string, string>;
  Orchestration: { TaskHistoryRetentionLimit: number };
  Raft: { SnapshotInterval: number; KeepOldSnapshots: number; LogEntriesForSlowFollowers: number; ElectionTick: number; HeartbeatTick: number };
  /** Nanoseconds. */
  Dispatcher: { HeartbeatPeriod: number };
  CAConfig: { NodeCertExpiry: number; ForceRotate?: number };
  TaskDefaults: Record<string, never>;
  EncryptionConfig: { AutoLockManagers: boolean };
}

const INACTIVE: SwarmInfo = { NodeID: '', NodeAddr: '', LocalNodeState: 'inactive', ControlAvailable: false, Error: '', RemoteManagers: null };

export function swarmInfo(world: World, host: HostState): SwarmInfo {
  const m = membership(host);
  const cluster = m ? swarmWorld(world).clusters[m.clusterId] : undefined;
  if (!m || !cluster) return { ...INACTIVE };
  if (m.locked) return { ...INACTIVE, LocalNodeState: 'locked' };
  const remote = managers(cluster).map((n) => ({ NodeID: n.id, Addr: n.managerAddr ?? `${n.addr}:2377` }));
  const base: SwarmInfo = { NodeID: m.nodeId, NodeAddr: m.nodeAddr, LocalNodeState: 'active', ControlAvailable: m.role === 'manager', Error: '', RemoteManagers: remote };
  if (m.role !== 'manager') return base;
  if (!hasQuorum(world, cluster)) return { ...base, Error: NO_LEADER };
  return {
    ...base,
    Nodes: Object.keys(cluster.nodes).length,
    Managers: Object.values(cluster.nodes).filter((n) => n.spec.Role === 'manager').length,
    Cluster: {
      ID: cluster.id,
      Version: { Index: cluster.version },
      CreatedAt: rfc3339Nano(cluster.createdAt, cluster.id + 'c'),
      UpdatedAt: rfc3339Nano(cluster.updatedAt, cluster.id + String(cluster.version)),
      Spec: { ...cluster.spec, Name: cluster.spec.Name || 'default' },
      TLSInfo: { TrustRoot: cluster.trustRoot, CertIssuerSubject: 'MBMxETAPBgNVBAMTCHN3YXJtLWNh', CertIssuerPublicKey: 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE' + cluster.caDigest.slice(0, 50) },
      RootRotationInProgress: false,
      DefaultAddrPool: cluster.defaultAddrPool,
      SubnetSize: cluster.subnetSize,
      DataPathPort: cluster.dataPathPort,
    },
  };
}
