import { describe, expect, it } from 'vitest';
import { advance, settle } from '../core/clock';
import { testEngine } from '../testing-engine';
import { createService, initSwarm, installSwarm, replicaCounts, requireManager, serviceTasks, taskName } from './index';
import type { ServiceSpec } from './types';

export function spec(name: string, image: string, replicas = 1): ServiceSpec {
  return {
    Name: name,
    Labels: {},
    TaskTemplate: { ContainerSpec: { Image: image, DNSConfig: {}, Isolation: 'default' }, ForceUpdate: 0, Runtime: 'container' },
    Mode: { Replicated: { Replicas: replicas } },
  };
}

export function swarmEngine(images: string[] = ['nginx']) {
  const { eng } = testEngine(images);
  installSwarm(eng);
  initSwarm(eng, { advertiseAddr: '192.168.1.10' });
  return eng;
}

describe('replicated services', () => {
  it('runs one task per replica, named service.slot, on the manager', () => {
    const eng = swarmEngine();
    const s = createService(eng, spec('api', 'nginx:latest', 2));
    settle(eng);
    advance(eng, 1000);
    const cluster = requireManager(eng);
    const tasks = serviceTasks(cluster, s.id);
    expect(tasks.map((t) => [taskName(t), t.status.state])).toEqual([
      ['api.1', 'running'],
      ['api.2', 'running'],
    ]);
    expect(replicaCounts(cluster, s, new Set(Object.keys(cluster.nodes)))).toEqual({ running: 2, desired: 2 });
    const names = Object.values(eng.world.hosts[0]!.containers).map((c) => c.name).sort();
    expect(names[0]).toMatch(/^api\.1\.[a-z0-9]{25}$/);
  });
});
