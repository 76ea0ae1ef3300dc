/** Goals about running many containers: swarm, services, stacks, compose projects, Kubernetes. */
import type { World } from '../../sim/index';
import type { GoalOf } from '../spec/types';
import type { Verdict } from './context';
import { composeContainers, kubeDeployments, kubeServices, swarmActive, swarmServices } from './orchestration-state';
import { parsePortSpec } from './ports';
import { refMatches } from './refs';

const code = (s: string | number) => `\`${s}\``;

export function checkSwarm(world: World, g: GoalOf<'swarm'>): Verdict {
  const active = swarmActive(world);
  if (active === g.active) return null;
  return active ? 'this host is still in a swarm' : 'this host is not in a swarm (no `docker swarm init` yet)';
}

export function checkService(world: World, g: GoalOf<'service'>): Verdict {
  const s = swarmServices(world).find((x) => x.name === g.name);
  if (g.state === 'absent') return s ? `service ${code(g.name)} still exists` : null;
  if (!s) return `there is no service ${code(g.name)}`;
  if (g.image && !refMatches(g.image, s.image.split('@')[0]!)) return `${code(g.name)} runs ${code(s.image)}`;
  if (g.mode && s.mode !== g.mode) return `${code(g.name)} is ${s.mode}`;
  if (g.replicas !== undefined && (s.replicas !== g.replicas || s.running !== g.replicas)) return `${code(g.name)} has ${s.running}/${s.replicas} replicas running`;
  for (const spec of g.ports ?? []) {
    const p = parsePortSpec(spec);
    const found = p && s.ports.some((x) => String(x.target) === p.containerPort && x.protocol === p.proto && (p.hostPort === null || String(x.published) === p.hostPort));
    if (!found) return `${code(g.name)} does not publish ${code(spec)}`;
  }
  return null;
}

export function checkStack(world: World, g: GoalOf<'stack'>): Verdict {
  const services = swarmServices(world).filter((s) => s.labels['com.docker.stack.namespace'] === g.name);
  if (g.state === 'absent') return services.length > 0 ? `stack ${code(g.name)} is still deployed` : null;
  if (services.length === 0) return `there is no stack ${code(g.name)}`;
  const missing = g.services?.find((svc) => !services.some((s) => s.name === `${g.name}_${svc}`));
  return missing ? `stack ${code(g.name)} has no service ${code(missing)}` : null;
}

export function checkCompose(world: World, g: GoalOf<'compose'>): Verdict {
  const host = world.hosts[0];
  const containers = host ? composeContainers(host, g.project) : [];
  const running = containers.filter((c) => c.state.Status === 'running');
  if (g.state === 'down') return containers.length > 0 ? `project ${code(g.project)} still has containers` : null;
  if (running.length === 0) return `project ${code(g.project)} is not up`;
  const missing = g.services?.find((svc) => !running.some((c) => c.config.Labels['com.docker.compose.service'] === svc));
  return missing ? `service ${code(missing)} of ${code(g.project)} is not running` : null;
}

export function checkDeployment(world: World, g: GoalOf<'deployment'>): Verdict {
  const d = kubeDeployments(world).find((x) => x.name === g.name && x.namespace === g.namespace);
  if (g.state === 'absent') return d ? `deployment ${code(g.name)} still exists` : null;
  if (!d) return `there is no deployment ${code(g.name)}`;
  if (g.image && !d.images.some((i) => refMatches(g.image!, i))) return `${code(g.name)} does not run ${code(g.image)}`;
  if (g.replicas !== undefined && d.replicas !== g.replicas) return `${code(g.name)} wants ${d.replicas} replicas`;
  if ((g.ready ?? g.replicas !== undefined) && d.readyReplicas < d.replicas) return `${code(g.name)} has ${d.readyReplicas}/${d.replicas} replicas ready`;
  return null;
}

export function checkKubeService(world: World, g: GoalOf<'kube-service'>): Verdict {
  const s = kubeServices(world).find((x) => x.name === g.name && x.namespace === g.namespace);
  if (!s) return `there is no Kubernetes service ${code(g.name)}`;
  if (g.serviceType && s.type !== g.serviceType) return `${code(g.name)} is of type ${code(s.type)}`;
  if (g.port !== undefined && !s.ports.includes(g.port)) return `${code(g.name)} does not listen on ${code(g.port)}`;
  return null;
}
