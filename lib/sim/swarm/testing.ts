/** Test helpers: an engine with a one-manager swarm, and a minimal replicated service spec. */
import { testEngine } from '../testing-engine';
import { initSwarm } from './cluster';
import { installSwarm } from './hook';
import type { ServiceSpec } from './types';

/** A replicated service spec as the CLI would send it, minus the defaults. */
export function spec(name: string, image: string, replicas = 1, extra: Partial<ServiceSpec['TaskTemplate']> = {}): ServiceSpec {
  return {
    Name: name,
    Labels: {},
    TaskTemplate: { ContainerSpec: { Image: image, DNSConfig: {}, Isolation: 'default' }, ForceUpdate: 0, Runtime: 'container', ...extra },
    Mode: { Replicated: { Replicas: replicas } },
  };
}

/** A test engine (images pulled) whose host initialised a swarm advertising 192.168.1.10. */
export function swarmEngine(images: string[] = ['nginx']) {
  const { eng } = testEngine(images);
  installSwarm(eng);
  initSwarm(eng, { advertiseAddr: '192.168.1.10' });
  return eng;
}
