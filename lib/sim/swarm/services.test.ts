import { describe, expect, it } from 'vitest';
import { advance, settle } from '../core/clock';
import { addNode, createService, removeService, swarmView, replicaCounts, requireManager, scaleService, serviceTasks, setNodePower, taskName, updateNode } from './index';
import type { TaskRecord } from './types';
import { spec, swarmEngine } from './testing';

const running = (tasks: TaskRecord[]) => tasks.filter((t) => t.desiredState === 'running' && t.status.state === 'running');
const nodeName = (eng: ReturnType<typeof swarmEngine>, t: TaskRecord) => requireManager(eng).nodes[t.nodeId!]!.hostname;

describe('replicated services', () => {
  it('runs one task per replica, named service.slot, as containers on the manager', () => {
    const eng = swarmEngine();
    const s = createService(eng, spec('api', 'nginx:latest', 2));
    settle(eng);
    const cluster = requireManager(eng);
    expect(serviceTasks(cluster, s.id).map((t) => [taskName(t), t.status.state])).toEqual([
      ['api.1', 'running'],
      ['api.2', 'running'],
    ]);
    expect(replicaCounts(cluster, s, new Set(Object.keys(cluster.nodes)))).toEqual({ running: 2, desired: 2 });
    const names = Object.values(eng.world.hosts[0]!.containers).map((c) => c.name).sort();
    expect(names[0]).toMatch(/^api\.1\.[a-z0-9]{25}$/);
  });

  it('scales up with the lowest free slots and down from the highest', () => {
    const eng = swarmEngine();
    const s = createService(eng, spec('api', 'nginx:latest', 3));
    settle(eng);
    scaleService(eng, 'api', 1);
    settle(eng);
    const cluster = requireManager(eng);
    expect(serviceTasks(cluster, s.id).map(taskName)).toEqual(['api.1']);
    expect(Object.keys(eng.world.hosts[0]!.containers)).toHaveLength(1);
    scaleService(eng, 'api', 2);
    settle(eng);
    expect(running(serviceTasks(cluster, s.id)).map(taskName).sort()).toEqual(['api.1', 'api.2']);
  });

  it('restarts a task that dies after the restart delay, with a new task in the same slot', () => {
    const eng = swarmEngine(['alpine']);
    const s = createService(eng, { ...spec('job', 'alpine:latest', 1), TaskTemplate: { ...spec('x', 'alpine:latest').TaskTemplate, ContainerSpec: { Image: 'alpine:latest', Args: ['sh', '-c', 'exit 3'], DNSConfig: {}, Isolation: 'default' }, RestartPolicy: { Condition: 'on-failure', Delay: 2e9, MaxAttempts: 2 } } });
    settle(eng);
    const cluster = requireManager(eng);
    expect(serviceTasks(cluster, s.id).map((t) => t.status.err)).toContain('task: non-zero exit (3)');
    advance(eng, 1000);
    expect(serviceTasks(cluster, s.id)).toHaveLength(2);
    advance(eng, 20_000);
    const tasks = serviceTasks(cluster, s.id);
    expect(tasks).toHaveLength(3);
    expect(tasks.every((t) => t.status.state === 'failed')).toBe(true);
    expect(tasks.map((t) => t.attempt).sort()).toEqual([0, 1, 2]);
  });

  it('removing a service removes its task containers', () => {
    const eng = swarmEngine();
    createService(eng, spec('api', 'nginx:latest', 2));
    settle(eng);
    removeService(eng, 'api');
    settle(eng);
    expect(Object.keys(eng.world.hosts[0]!.containers)).toHaveLength(0);
    expect(Object.keys(requireManager(eng).tasks)).toHaveLength(0);
  });
});

describe('several nodes', () => {
  it('spreads tasks, moves them off a drained node and off a node that goes down', () => {
    const eng = swarmEngine();
    addNode(eng, { hostname: 'worker1', role: 'worker' });
    addNode(eng, { hostname: 'worker2', role: 'worker' });
    const s = createService(eng, spec('web', 'nginx:latest', 3));
    settle(eng);
    const cluster = requireManager(eng);
    expect(running(serviceTasks(cluster, s.id)).map((t) => nodeName(eng, t)).sort()).toEqual(['dockerlings', 'worker1', 'worker2']);
    updateNode(eng, 'worker1', { availability: 'drain' });
    settle(eng);
    const afterDrain = serviceTasks(cluster, s.id);
    expect(running(afterDrain).map((t) => nodeName(eng, t)).sort()).toEqual(['dockerlings', 'dockerlings', 'worker2'].sort());
    expect(afterDrain.filter((t) => nodeName(eng, t) === 'worker1').map((t) => [t.desiredState, t.status.state])).toEqual([['shutdown', 'shutdown']]);
    expect(Object.values(eng.world.hosts.find((h) => h.name === 'worker1')!.containers).some((c) => c.state.Running)).toBe(false);
    setNodePower(eng, 'worker2', false);
    settle(eng);
    expect(running(serviceTasks(cluster, s.id)).map((t) => nodeName(eng, t))).toEqual(['dockerlings', 'dockerlings', 'dockerlings']);
  });

  it('global services run one task on every eligible node, including nodes that join later', () => {
    const eng = swarmEngine();
    const s = createService(eng, { ...spec('agent', 'nginx:latest'), Mode: { Global: {} } });
    settle(eng);
    addNode(eng, { hostname: 'worker1', role: 'worker' });
    settle(eng);
    const cluster = requireManager(eng);
    expect(running(serviceTasks(cluster, s.id)).map((t) => [t.slot, nodeName(eng, t)]).sort()).toEqual([
      [0, 'dockerlings'],
      [0, 'worker1'],
    ]);
  });

  it('leaves tasks pending with the scheduler reason when no node fits', () => {
    const eng = swarmEngine();
    const s = createService(eng, spec('db', 'nginx:latest', 1, { Placement: { Constraints: ['node.role==worker'] } }));
    settle(eng);
    const cluster = requireManager(eng);
    const [t] = serviceTasks(cluster, s.id);
    expect([t!.status.state, t!.status.err]).toEqual(['pending', 'no suitable node (scheduling constraints not satisfied on 1 node)']);
    addNode(eng, { hostname: 'worker1', role: 'worker' });
    settle(eng);
    expect([t!.status.state, nodeName(eng, t!)]).toEqual(['running', 'worker1']);
  });
});

describe('swarmView (what exercise checks read)', () => {
  it('lists services with image, replicas running and published ports', () => {
    const eng = swarmEngine();
    const s = spec('web', 'nginx:latest@sha256:' + 'a'.repeat(64), 2);
    s.EndpointSpec = { Mode: 'vip', Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 8080, PublishMode: 'ingress' }] };
    createService(eng, s);
    settle(eng);
    expect(swarmView(eng.world)).toMatchObject({
      role: 'manager',
      services: [{ name: 'web', image: 'nginx:latest', mode: 'replicated', replicas: 2, running: 2, ports: [{ published: 8080, target: 80, protocol: 'tcp', mode: 'ingress' }] }],
    });
  });
});

describe('scheduling limits and persistence', () => {
  it('explains a reservation no node can hold, counting every node', () => {
    const eng = swarmEngine();
    addNode(eng, { hostname: 'worker1', role: 'worker' });
    addNode(eng, { hostname: 'worker2', role: 'worker' });
    const s = createService(eng, spec('big', 'nginx:latest', 1, { Resources: { Reservations: { MemoryBytes: 100 * 2 ** 30 } } }));
    settle(eng);
    expect(serviceTasks(requireManager(eng), s.id).map((t) => t.status.err)).toEqual(['no suitable node (insufficient resources on 3 nodes)']);
  });

  it('the swarm is plain data: a JSON round trip of the world keeps it working', () => {
    const eng = swarmEngine();
    createService(eng, spec('web', 'nginx:latest', 1));
    settle(eng);
    eng.world = JSON.parse(JSON.stringify(eng.world)) as typeof eng.world;
    scaleService(eng, 'web', 2);
    settle(eng);
    expect(swarmView(eng.world).services[0]).toMatchObject({ name: 'web', replicas: 2, running: 2 });
  });
});
