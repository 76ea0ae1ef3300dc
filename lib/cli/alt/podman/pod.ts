/**
 * `podman pod create|ps|rm|start|stop`: a pod is an infra container (the pause image) that holds
 * the network namespace and the published ports; members join it (`--network container:<infra>`).
 * Podman's own bookkeeping (names, labels) lives in the engine host's ext.
 */
import { hostOf, newIdFor, type Engine } from './pod-support';
import { CliError, f, noArgs, requiresMinArgs } from '../../command';
import { tabwrite } from '../../format/tabwriter';
import { humanDuration } from '../../format/units';
import { podmanState, type PodmanPod } from '../engines';
import { captureDockerVerb } from './delegate';
import { podmanCommand, store, type PodmanRun } from './env';
import { ensureInfraImage, INFRA_IMAGE } from './pod-support';
import { checkUnprivilegedPorts, hostPorts } from './rootless';

export function findPod(p: Engine, term: string): PodmanPod | undefined {
  const pods = Object.values(podmanState(p).pods);
  return pods.find((x) => x.name === term) ?? pods.find((x) => x.id === term) ?? (term.length >= 3 ? pods.find((x) => x.id.startsWith(term)) : undefined);
}

export function requirePod(p: Engine, term: string): PodmanPod {
  const pod = findPod(p, term);
  if (!pod) throw new CliError(`Error: no pod with name or ID ${term} found: no such pod`, 125);
  return pod;
}

/** The pod's containers: the infra first, then its members in creation order. */
export function podMembers(p: Engine, pod: PodmanPod): string[] {
  const host = hostOf(p);
  return [pod.infraId, ...Object.values(host.containers).filter((c) => c.hostConfig.NetworkMode === `container:${pod.infraId}`).map((c) => c.id)].filter((id) => host.containers[id]);
}

export function podStatus(p: Engine, pod: PodmanPod): string {
  const host = hostOf(p);
  const cs = podMembers(p, pod).map((id) => host.containers[id]!);
  const running = cs.filter((c) => c.state.Running).length;
  if (running === cs.length) return 'Running';
  if (running > 0) return 'Degraded';
  return cs.every((c) => c.state.StartedAt === null) ? 'Created' : 'Exited';
}

/** Start the infra container if needed (the first member does). */
export function startInfra(ctx: PodmanRun, p: Engine, pod: PodmanPod): void {
  if (!hostOf(p).containers[pod.infraId]?.state.Running) captureDockerVerb(p, ctx.io, ['start', pod.infraId]);
}

export const pod = podmanCommand({ use: 'pod', short: 'Manage pods', long: 'Pods are a group of one or more containers sharing the same network, pid and ipc namespaces.', group: true });

export const podCreate = podmanCommand({
  use: 'create [options] [NAME]',
  short: 'Create a new empty pod',
  at: [{ parent: 'pod' }],
  flags: {
    name: f.string({ usage: 'Assign a name to the pod' }),
    publish: f.stringArray({ short: 'p', usage: 'Publish a container\'s port, or a range of ports, to the host (default [])' }),
    label: f.stringArray({ short: 'l', usage: 'Set metadata on pod (default [])' }),
  },
  run(ctx, o, args) {
    const p = store(ctx);
    const given = o.name || args[0] || '';
    if (given && findPod(p, given)) throw new CliError(`Error: adding pod to state: name "${given}" is in use: pod already exists`, 125);
    const id = newIdFor(p);
    ensureInfraImage(p);
    const ports = o.publish.flatMap((x) => ['-p', x]);
    checkUnprivilegedPorts(hostPorts(ports));
    const made = captureDockerVerb(p, ctx.io, ['create', '--network', 'podman', ...(given ? ['--hostname', given] : []), ...ports, INFRA_IMAGE]);
    if (made.code !== 0) throw new CliError(made.stderr.trimEnd(), 125);
    const infra = hostOf(p).containers[made.stdout.trim()]!;
    const name = given || infra.name.replace(/^\//, '');
    captureDockerVerb(p, ctx.io, ['rename', infra.id, `${id.slice(0, 12)}-infra`]);
    const labels = Object.fromEntries(o.label.map((l) => [l.split('=')[0]!, l.split('=').slice(1).join('=')]));
    podmanState(p).pods[id] = { id, name, created: p.world.clock, infraId: made.stdout.trim(), labels };
    ctx.out(id + '\n');
  },
});

export const podPs = podmanCommand({
  use: 'ps [options]',
  short: 'List pods',
  aliases: ['ls', 'list'],
  at: [{ parent: 'pod' }],
  args: noArgs,
  flags: {
    quiet: f.bool({ short: 'q', usage: 'Print the numeric IDs of the pods only' }),
    noTrunc: f.bool({ name: 'no-trunc', usage: 'Do not truncate pod and container IDs' }),
    ctrNames: f.bool({ name: 'ctr-names', usage: 'Display the container names' }),
  },
  run(ctx, o) {
    const p = store(ctx);
    const now = p.world.clock;
    const pods = Object.values(podmanState(p).pods).sort((a, b) => b.created - a.created);
    const id = (x: string) => (o.noTrunc ? x : x.slice(0, 12));
    if (o.quiet) return void ctx.out(pods.map((x) => id(x.id) + '\n').join(''));
    const host = hostOf(p);
    const rows = pods.map((x) => {
      const members = podMembers(p, x);
      const last = o.ctrNames ? members.map((m) => host.containers[m]!.name.replace(/^\//, '')).join(',') : String(members.length);
      return [id(x.id), x.name, podStatus(p, x), `${humanDuration(now - x.created)} ago`, id(x.infraId), last].join('\t');
    });
    const head = ['POD ID', 'NAME', 'STATUS', 'CREATED', 'INFRA ID', o.ctrNames ? 'NAMES' : '# OF CONTAINERS'].join('\t');
    ctx.out(tabwrite([head, ...rows].join('\n') + '\n', { minwidth: 12, padding: 2 }));
  },
});

function eachPod(ctx: PodmanRun, terms: string[], act: (p: Engine, pod: PodmanPod) => void): number {
  const p = store(ctx);
  let code = 0;
  for (const t of terms) {
    const found = findPod(p, t);
    if (!found) {
      ctx.err(`Error: no pod with name or ID ${t} found: no such pod\n`);
      code = 125;
      continue;
    }
    act(p, found);
    ctx.out(found.id + '\n');
  }
  return code;
}

export const podRm = podmanCommand({
  use: 'rm [options] POD [POD...]',
  short: 'Remove one or more pods',
  at: [{ parent: 'pod' }],
  args: requiresMinArgs(1),
  flags: { force: f.bool({ short: 'f', usage: 'Stop running containers and delete all stopped containers before removal of pod' }) },
  run(ctx, o, args) {
    return eachPod(ctx, args, (p, x) => {
      const members = podMembers(p, x);
      const running = members.filter((m) => hostOf(p).containers[m]!.state.Running);
      if (running.length > 0 && !o.force) {
        throw new CliError(`Error: not all containers could be removed from pod ${x.id}: removing pod containers\nError: cannot remove container ${running[running.length - 1]} as it is running - running or paused containers cannot be removed without force: container state improper`, 125);
      }
      for (const m of members.reverse()) captureDockerVerb(p, ctx.io, ['rm', '-f', m]);
      delete podmanState(p).pods[x.id];
    });
  },
});

export const podStart = podmanCommand({
  use: 'start [options] POD [POD...]',
  short: 'Start one or more pods',
  at: [{ parent: 'pod' }],
  args: requiresMinArgs(1),
  run(ctx, _o, args) {
    return eachPod(ctx, args, (p, x) => {
      for (const m of podMembers(p, x)) if (!hostOf(p).containers[m]!.state.Running) captureDockerVerb(p, ctx.io, ['start', m]);
    });
  },
});

export const podStop = podmanCommand({
  use: 'stop [options] POD [POD...]',
  short: 'Stop one or more pods',
  at: [{ parent: 'pod' }],
  args: requiresMinArgs(1),
  run(ctx, _o, args) {
    return eachPod(ctx, args, (p, x) => {
      for (const m of podMembers(p, x).reverse()) if (hostOf(p).containers[m]!.state.Running) captureDockerVerb(p, ctx.io, ['stop', m]);
    });
  },
});
