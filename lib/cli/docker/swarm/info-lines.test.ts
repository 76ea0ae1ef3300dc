import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../../host';

const swarmBlock = (out: string) => out.slice(out.indexOf(' Swarm:'), out.indexOf(' Runtimes:'));

describe("docker info's Swarm section", () => {
  it('is one line when inactive', () => {
    expect(swarmBlock(createHostSession().run('docker info').stdout)).toBe(' Swarm: inactive\n');
  });

  it('reads the cluster spec docker swarm update changed', () => {
    const h = createHostSession();
    h.run('docker swarm init');
    const before = swarmBlock(h.run('docker info').stdout);
    expect(before).toContain('   Task History Retention Limit: 5\n');
    expect(before).toContain('   Heartbeat Period: 5 seconds\n');
    expect(before).toContain('   Expiry Duration: 3 months\n');
    expect(before).toContain('  Autolock Managers: false\n');
    h.run('docker swarm update --task-history-limit 2 --autolock=true --dispatcher-heartbeat 20s --cert-expiry 720h');
    const after = swarmBlock(h.run('docker info').stdout);
    expect(after).toContain('   Task History Retention Limit: 2\n');
    expect(after).toContain('   Heartbeat Period: 20 seconds\n');
    expect(after).toContain('   Expiry Duration: 4 weeks\n');
    expect(after).toContain('  Autolock Managers: true\n');
    expect(h.run("docker info --format '{{.Swarm.Cluster.Spec.Orchestration.TaskHistoryRetentionLimit}} {{.Swarm.Cluster.Spec.EncryptionConfig.AutoLockManagers}}'").stdout).toBe('2 true\n');
  });

  it('counts nodes and managers, lists manager addresses, and shows the raft error without a quorum', () => {
    const h = createHostSession();
    h.run('docker swarm init --advertise-addr 192.168.1.10');
    h.run('dockerlings node add worker1 --role worker');
    h.run('dockerlings node add manager2 --role manager');
    h.run('dockerlings node add manager3 --role manager');
    const block = swarmBlock(h.run('docker info').stdout);
    expect(block).toContain('  Managers: 3\n  Nodes: 4\n');
    expect(block).toContain('  Manager Addresses:\n   192.168.1.10:2377\n   192.168.1.12:2377\n   192.168.1.13:2377\n');
    h.run('dockerlings node stop manager2');
    h.run('dockerlings node stop manager3');
    const lost = swarmBlock(h.run('docker info').stdout);
    expect(lost).toMatch(/^ Swarm: active\n  NodeID: \w{25}\n  Error: rpc error: code = Unknown desc = The swarm does not have a leader\./);
    expect(lost).not.toContain('ClusterID');
  });
});
