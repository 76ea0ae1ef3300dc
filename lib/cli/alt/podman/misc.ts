/** `podman pull` (Podman's resolution and progress) and `podman generate kube` (a Pod manifest). */
import { findContainer, hostOf, type ContainerRecord } from '../../../sim/index';
import { CliError, f, requiresMinArgs } from '../../command';
import { toYaml } from '../../kubectl/printers/yaml';
import { PODMAN_VERSION, podmanCommand, store } from './env';
import { findPod, podMembers } from './pod';
import { podmanPull, resolveName } from './pull';

export const pull = podmanCommand({
  use: 'pull [options] IMAGE [IMAGE...]',
  short: 'Pull an image from a registry',
  long: 'Pulls an image from a registry and stores it locally.',
  args: requiresMinArgs(1),
  flags: { quiet: f.bool({ short: 'q', usage: 'Suppress output information when pulling images' }) },
  run(ctx, o, args) {
    const p = store(ctx);
    for (const name of args) {
      const resolved = resolveName(p, name);
      const image = podmanPull(p, { ref: resolved.ref, ...(resolved.alias ? { alias: resolved.alias } : {}) }, (t) => ctx.err(t), o.quiet);
      ctx.out(image.id.slice(7) + '\n');
    }
  },
});

export const generate = podmanCommand({ use: 'generate', short: 'Generate structured data based on containers, pods or volumes', group: true });

function containerSpec(c: ContainerRecord, ports: ContainerRecord): Record<string, unknown> {
  const spec: Record<string, unknown> = { image: c.config.Image, name: c.name };
  const image = c.config.Cmd ?? [];
  if (image.length > 0 && c.args.length > 0) spec['args'] = c.args;
  const published = Object.entries(ports.hostConfig.PortBindings ?? {}).flatMap(([k, binds]) => (binds ?? []).map((b) => ({ containerPort: Number(k.split('/')[0]), hostPort: Number(b.HostPort) })));
  if (published.length > 0) spec['ports'] = published;
  return spec;
}

export const generateKube = podmanCommand({
  use: 'kube [options] {CONTAINER...|POD...|VOLUME...}',
  short: 'Generate Kubernetes YAML based on containers, pods or volumes.',
  at: [{ parent: 'generate' }],
  args: requiresMinArgs(1),
  flags: { service: f.bool({ short: 's', usage: 'Generate YAML for a Kubernetes service object' }) },
  run(ctx, _o, args) {
    const p = store(ctx);
    const host = hostOf(p);
    const term = args[0]!;
    const pod = findPod(p, term);
    let name: string;
    let members: ContainerRecord[];
    let owner: ContainerRecord;
    if (pod) {
      name = pod.name;
      owner = host.containers[pod.infraId]!;
      members = podMembers(p, pod).slice(1).map((id) => host.containers[id]!);
    } else {
      const c = findContainer(host, term);
      if (!c) throw new CliError(`Error: name or ID "${term}" not found`, 125);
      name = `${c.name}-pod`;
      owner = c;
      members = [c];
    }
    const created = new Date(Math.min(owner.created, ...members.map((m) => m.created))).toISOString().replace(/\.\d+Z$/, 'Z');
    const manifest = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { creationTimestamp: created, labels: { app: name }, name },
      spec: { containers: members.map((m) => containerSpec(m, owner)) },
    };
    ctx.out(`# Save the output of this file and use kubectl create -f to import\n# it into Kubernetes.\n#\n# Created with podman-${PODMAN_VERSION}\n` + toYaml(manifest));
  },
});
