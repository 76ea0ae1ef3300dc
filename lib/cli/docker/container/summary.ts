/**
 * A container record as the daemon's list endpoint returns it (container.Summary), for
 * `docker ps` and its formatter context: names with `/`, the image as created (or its id once the
 * name points elsewhere), the command line, ports (published and exposed), status text.
 */
import { containerSizeRw, findImage, hostOf, type ContainerRecord, type Engine } from '../../../sim/index';
import { containerStatus } from '../../format/container-status';
import type { ContainerSummary } from '../../format/container-context';
import type { PortSummary } from '../../format/ports';

/** The status text (`Up 3 seconds`, `Exited (0) 2 minutes ago`…) at the engine's clock. */
export function statusText(eng: Engine, c: ContainerRecord): string {
  const s = c.state;
  return containerStatus(
    {
      running: s.Running,
      paused: s.Paused,
      restarting: s.Restarting,
      dead: s.Dead,
      removalInProgress: s.Status === 'removing',
      exitCode: s.ExitCode,
      startedAt: s.StartedAt ?? undefined,
      finishedAt: s.FinishedAt ?? undefined,
      ...(s.Health ? { health: s.Health.Status } : {}),
    },
    eng.world.clock,
  );
}

/** The daemon's Command column: path and args joined by spaces, args containing a space in single quotes. */
export const commandLine = (c: ContainerRecord) => (c.args.length === 0 ? c.path : `${c.path} ${c.args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}`);

function ports(c: ContainerRecord): PortSummary[] {
  if (!c.state.Running) return [];
  const out: PortSummary[] = [];
  const seen = new Set<string>();
  for (const [key, binds] of Object.entries(c.ports)) {
    const [port, type = 'tcp'] = key.split('/');
    for (const b of binds ?? []) out.push({ IP: b.HostIp, PrivatePort: Number(port), PublicPort: Number(b.HostPort), Type: type });
    if ((binds?.length ?? 0) > 0) seen.add(key);
  }
  for (const key of Object.keys(c.config.ExposedPorts ?? {})) {
    if (seen.has(key)) continue;
    const [port, type = 'tcp'] = key.split('/');
    out.push({ PrivatePort: Number(port), Type: type });
  }
  return out;
}

/** The image column: the reference the container was created from, or the image id once that reference moved. */
function imageShown(eng: Engine, c: ContainerRecord): string {
  let current;
  try {
    current = findImage(eng, c.config.Image);
  } catch {
    current = undefined;
  }
  return current?.id === c.imageId ? c.config.Image : c.imageId;
}

export function containerSummary(eng: Engine, c: ContainerRecord, withSize = false): ContainerSummary {
  const image = hostOf(eng).images[c.imageId];
  const sizeRw = withSize ? containerSizeRw(eng, c.id) : undefined;
  return {
    Id: c.id,
    Names: [`/${c.name}`],
    Image: imageShown(eng, c),
    ImageID: c.imageId,
    Command: commandLine(c),
    Created: Math.floor(c.created / 1000),
    Ports: ports(c),
    ...(sizeRw !== undefined ? { SizeRw: sizeRw, SizeRootFs: sizeRw + (image?.size ?? 0) } : {}),
    Labels: c.config.Labels,
    State: c.state.Status,
    Status: statusText(eng, c),
    Mounts: c.mounts.map((m) => ({ ...(m.Name !== undefined ? { Name: m.Name } : {}), Source: m.Source, ...(m.Driver ? { Driver: m.Driver } : {}) })),
    NetworkSettings: { Networks: c.networks },
  };
}
