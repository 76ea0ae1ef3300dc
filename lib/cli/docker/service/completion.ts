/** Swarm object names for Tab completion (docker's completion.ServiceNames, NodeNames…); none outside a swarm. */
import { hostOf } from '../../../sim/index';
import { clusterOfHost, membership } from '../../../sim/swarm/index';
import type { DockerEnv } from '../env';

function cluster(env: DockerEnv) {
  const host = hostOf(env.eng);
  return membership(host)?.role === 'manager' ? clusterOfHost(env.eng.world, host) : null;
}

export function serviceNames(env: DockerEnv): string[] {
  return Object.values(cluster(env)?.services ?? {}).map((s) => s.spec.Name);
}

export function nodeNames(env: DockerEnv): string[] {
  return Object.values(cluster(env)?.nodes ?? {}).map((n) => n.hostname);
}

export function objectNames(env: DockerEnv, kind: 'secret' | 'config'): string[] {
  const c = cluster(env);
  return Object.values((kind === 'secret' ? c?.secrets : c?.configs) ?? {}).map((o) => o.spec.Name);
}

export function stackNames(env: DockerEnv): string[] {
  const names = Object.values(cluster(env)?.services ?? {}).map((s) => s.spec.Labels['com.docker.stack.namespace']);
  return [...new Set(names.filter((n): n is string => !!n))];
}
