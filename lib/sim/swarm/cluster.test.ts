import { describe, expect, it } from 'vitest';
import { onHost } from '../core/engine';
import { testEngine } from '../testing-engine';
import { addNode, createService, createSwarmObject, initSwarm, installSwarm, joinSwarm, leaveSwarm, membership, removeSwarmObject, requireManager, setNodePower } from './index';
import { spec, swarmEngine } from './testing';

describe('membership', () => {
  it('init picks the only interface, refuses a second init, and lists the candidates when an address is ambiguous', () => {
    const { eng } = testEngine();
    installSwarm(eng);
    const node = initSwarm(eng, {});
    expect(node.addr).toBe('10.0.2.15');
    expect(() => initSwarm(eng, {})).toThrow('This node is already part of a swarm. Use "docker swarm leave" to leave this swarm and join another one.');
    addNode(eng, { hostname: 'twoif' });
    const twoif = eng.world.hosts.find((h) => h.name === 'twoif')!;
    (twoif.ext['swarmLab'] as { addrs: Array<{ iface: string; ip: string }> }).addrs.push({ iface: 'eth1', ip: '172.31.0.5' });
    expect(() => initSwarm(onHost(eng, 'twoif'), {})).toThrow(
      'could not choose an IP address to advertise since this system has multiple addresses on different interfaces (192.168.1.11 on eth0 and 172.31.0.5 on eth1)',
    );
  });

  it('join checks the token against the cluster', () => {
    const eng = swarmEngine();
    const cluster = requireManager(eng);
    addNode(eng, { hostname: 'worker1' });
    const worker = onHost(eng, 'worker1');
    expect(() => joinSwarm(worker, { token: 'SWMTKN-1-nope', remote: '192.168.1.10:2377' })).toThrow('invalid join token');
    const forged = `SWMTKN-1-${cluster.caDigest}-${'a'.repeat(25)}`;
    expect(() => joinSwarm(worker, { token: forged, remote: '192.168.1.10:2377' })).toThrow('rpc error: code = InvalidArgument desc = A valid join token is necessary to join this cluster');
    expect(() => joinSwarm(worker, { token: cluster.tokens.worker, remote: '192.168.1.99:2377' })).toThrow(/^Timeout was reached before node joined/);
    expect(joinSwarm(worker, { token: cluster.tokens.manager, remote: '192.168.1.10' }).spec.Role).toBe('manager');
  });

  it('a manager leaving warns about the raft quorum; losing a majority of managers loses the leader', () => {
    const eng = swarmEngine();
    addNode(eng, { hostname: 'm2', role: 'manager' });
    expect(() => leaveSwarm(eng, false)).toThrow(
      'You are attempting to leave the swarm on a node that is participating as a manager. Removing this node leaves 1 managers out of 2. Without a Raft quorum your swarm will be inaccessible. The only way to restore a swarm that has lost consensus is to reinitialize it with `--force-new-cluster`. Use `--force` to suppress this message.',
    );
    addNode(eng, { hostname: 'm3', role: 'manager' });
    expect(() => leaveSwarm(eng, false)).toThrow(
      /^You are attempting to leave the swarm on a node that is participating as a manager\. The only way to restore/,
    );
    setNodePower(eng, 'm2', false);
    expect(requireManager(eng).id).toBeTruthy();
    setNodePower(eng, 'm3', false);
    expect(() => requireManager(eng)).toThrow(/^rpc error: code = Unknown desc = The swarm does not have a leader\./);
    initSwarm(eng, { forceNewCluster: true });
    expect(requireManager(eng).leaderId).toBe(membership(eng.world.hosts[0]!)!.nodeId);
  });
});

describe('secrets and configs', () => {
  it('validates names and refuses to remove an object a service uses', () => {
    const eng = swarmEngine(['alpine']);
    expect(() => createSwarmObject(eng, 'secret', { name: '-bad', data: 'x' })).toThrow(/invalid name, only 64/);
    expect(() => createSwarmObject(eng, 'secret', { name: 'empty', data: '' })).toThrow('rpc error: code = InvalidArgument desc = secret data must be larger than 0 and less than 512000 bytes');
    const secret = createSwarmObject(eng, 'secret', { name: 'db_password', data: 'pw' });
    const ref = { File: { Name: 'db_password', UID: '0', GID: '0', Mode: 0o444 }, SecretID: secret.id, SecretName: 'db_password' };
    for (const name of ['db', 'api']) {
      const s = spec(name, 'alpine:latest');
      s.TaskTemplate.ContainerSpec.Secrets = [ref];
      createService(eng, s);
    }
    expect(() => removeSwarmObject(eng, 'secret', 'db_password')).toThrow("rpc error: code = InvalidArgument desc = secret 'db_password' is in use by the following services: db, api");
  });
});
