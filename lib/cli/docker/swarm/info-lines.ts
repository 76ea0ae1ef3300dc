/**
 * The Swarm block of `docker info` (docker/cli's printSwarmInfo): the state, then for an active
 * node its id, error, role, and on a manager without error the cluster's counts and spec
 * (retention limit, raft, dispatcher heartbeat and certificate expiry as units.HumanDuration,
 * autolock), the node address and the sorted manager addresses.
 */
import type { SwarmInfo } from '../../../sim/swarm/index';
import { humanDuration } from '../../format/units';

const ms = (ns: number) => ns / 1e6;

export function swarmInfoLines(sw: SwarmInfo): string {
  let out = ` Swarm: ${sw.LocalNodeState}\n`;
  if (sw.LocalNodeState === 'inactive' || sw.LocalNodeState === 'locked') return out;
  out += `  NodeID: ${sw.NodeID}\n`;
  if (sw.Error) out += `  Error: ${sw.Error}\n`;
  out += `  Is Manager: ${sw.ControlAvailable}\n`;
  const c = sw.Cluster;
  if (c && sw.ControlAvailable && !sw.Error) {
    const spec = c.Spec;
    out += `  ClusterID: ${c.ID}\n  Managers: ${sw.Managers ?? 0}\n  Nodes: ${sw.Nodes ?? 0}\n`;
    out += `  Default Address Pool: ${c.DefaultAddrPool.map((p) => `${p}  `).join('')}\n  SubnetSize: ${c.SubnetSize}\n`;
    if (c.DataPathPort > 0) out += `  Data Path Port: ${c.DataPathPort}\n`;
    out += `  Orchestration:\n   Task History Retention Limit: ${spec.Orchestration.TaskHistoryRetentionLimit}\n`;
    out += `  Raft:\n   Snapshot Interval: ${spec.Raft.SnapshotInterval}\n   Number of Old Snapshots to Retain: ${spec.Raft.KeepOldSnapshots}\n`;
    out += `   Heartbeat Tick: ${spec.Raft.HeartbeatTick}\n   Election Tick: ${spec.Raft.ElectionTick}\n`;
    out += `  Dispatcher:\n   Heartbeat Period: ${humanDuration(ms(spec.Dispatcher.HeartbeatPeriod))}\n`;
    out += `  CA Configuration:\n   Expiry Duration: ${humanDuration(ms(spec.CAConfig.NodeCertExpiry))}\n   Force Rotate: ${spec.CAConfig.ForceRotate ?? 0}\n`;
    out += `  Autolock Managers: ${spec.EncryptionConfig.AutoLockManagers}\n  Root Rotation In Progress: ${c.RootRotationInProgress}\n`;
  }
  out += `  Node Address: ${sw.NodeAddr}\n`;
  const addrs = (sw.RemoteManagers ?? []).map((m) => m.Addr).sort();
  if (addrs.length > 0) out += `  Manager Addresses:\n${addrs.map((a) => `   ${a}\n`).join('')}`;
  return out;
}
