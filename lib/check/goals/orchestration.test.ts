/**
 * Orchestration goals: swarm against hand-built state in the shape orchestration-state.ts reads
 * (the swarm engine is not there yet); Kubernetes through a real minikube cluster; compose projects
 * from real containers' labels.
 */
import { describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../sim/index';
import { evaluateGoal } from '../evaluate';
import { goal, hostAfter, check } from '../check.test-helper';
import type { SwarmExt } from './orchestration-state';

function swarmWorld(): World {
  const world = createWorld();
  const swarm: SwarmExt = {
    role: 'manager',
    services: {
      s1: { name: 'web', image: 'nginx:1.27-alpine@sha256:' + 'a'.repeat(64), mode: 'replicated', replicas: 3, ports: [{ published: 8080, target: 80 }] },
      s2: { name: 'blog_wordpress', image: 'wordpress:6.8-apache', replicas: 2, labels: { 'com.docker.stack.namespace': 'blog' } },
    },
    tasks: {
      t1: { serviceId: 's1', state: 'running' },
      t2: { serviceId: 's1', state: 'running' },
      t3: { serviceId: 's1', state: 'running' },
      t4: { serviceId: 's2', state: 'running' },
      t5: { serviceId: 's2', state: 'pending' },
    },
  };
  world.hosts[0]!.ext['swarm'] = swarm;
  return world;
}

const met = (world: World, data: Record<string, unknown>) => evaluateGoal(world, goal(data));

describe('orchestration goals', () => {
  const world = swarmWorld();

  it('swarm membership', () => {
    expect(met(world, { type: 'swarm' }).met).toBe(true);
    expect(met(createWorld(), { type: 'swarm' }).detail).toBe('this host is not in a swarm (no `docker swarm init` yet)');
    expect(met(createWorld(), { type: 'swarm', active: false }).met).toBe(true);
  });

  it('services count running tasks, not only the wanted replicas', () => {
    expect(met(world, { type: 'service', name: 'web', image: 'nginx:1.27-alpine', replicas: 3, ports: ['8080:80'] }).met).toBe(true);
    expect(met(world, { type: 'service', name: 'blog_wordpress', replicas: 2 }).detail).toBe('`blog_wordpress` has 1/2 replicas running');
    expect(met(world, { type: 'service', name: 'web', ports: ['9090:80'] }).met).toBe(false);
    expect(met(world, { type: 'service', name: 'api', state: 'absent' }).met).toBe(true);
  });

  it('stacks are services labelled with their namespace', () => {
    expect(met(world, { type: 'stack', name: 'blog', services: ['wordpress'] }).met).toBe(true);
    expect(met(world, { type: 'stack', name: 'blog', services: ['db'] }).detail).toBe('stack `blog` has no service `db`');
    expect(met(world, { type: 'stack', name: 'shop', state: 'absent' }).met).toBe(true);
  });

  it('deployments need their replicas ready; services have a type (a real minikube cluster)', () => {
    const cluster = hostAfter(['minikube start', 'kubectl create deployment my-app --image=nginx:1.27-alpine --replicas=3'].join('\n'));
    expect(check(cluster, { type: 'deployment', name: 'my-app', image: 'nginx:1.27-alpine' }).met).toBe(true);
    expect(check(cluster, { type: 'deployment', name: 'my-app', replicas: 3 }).detail).toBe('`my-app` has 0/3 replicas ready');
    cluster.session.run('sleep 60');
    cluster.session.run('kubectl expose deployment my-app --type=NodePort --port=80');
    expect(check(cluster, { type: 'deployment', name: 'my-app', replicas: 3 }).met).toBe(true);
    expect(check(cluster, { type: 'deployment', name: 'my-app', replicas: 5 }).detail).toBe('`my-app` wants 3 replicas');
    expect(check(cluster, { type: 'deployment', name: 'my-app', namespace: 'prod' }).met).toBe(false);
    expect(check(cluster, { type: 'kube-service', name: 'my-app', serviceType: 'NodePort', port: 80 }).met).toBe(true);
    expect(check(cluster, { type: 'kube-service', name: 'my-app', serviceType: 'LoadBalancer' }).detail).toBe('`my-app` is of type `NodePort`');
    expect(check(cluster, { type: 'deployment', name: 'gone', state: 'absent' }).met).toBe(true);
  });

  it('compose projects are read from the containers compose labels', () => {
    const played = hostAfter(
      [
        'docker run -d --name shop-web-1 -l com.docker.compose.project=shop -l com.docker.compose.service=web nginx',
        'docker run --name shop-migrate-1 -l com.docker.compose.project=shop -l com.docker.compose.service=migrate alpine true',
      ].join('\n'),
    );
    expect(check(played, { type: 'compose', project: 'shop', services: ['web'] }).met).toBe(true);
    expect(check(played, { type: 'compose', project: 'shop', services: ['migrate'] }).detail).toBe('service `migrate` of `shop` is not running');
    expect(check(played, { type: 'compose', project: 'shop', state: 'down' }).met).toBe(false);
    expect(check(played, { type: 'compose', project: 'blog', state: 'down' }).met).toBe(true);
  });
});
