/**
 * EXPOSE port specs (go-connections nat.ParsePortSpecs): `80`, `80/udp`, `8000-8002/tcp`,
 * `0.0.0.0:8080:80` (only the container port is kept). Returns `port/proto` keys.
 */
import { DockerfileError } from '../dockerfile/errors';

function parsePortRange(s: string, what: string, spec: string): [number, number] {
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) throw new DockerfileError(`invalid ${what}: ${spec}`);
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  if (lo > 65535 || hi > 65535 || hi < lo) throw new DockerfileError(`invalid ${what}: ${spec}`);
  return [lo, hi];
}

export function parsePorts(specs: readonly string[]): string[] {
  const out = new Set<string>();
  for (const raw of specs) {
    const slash = raw.lastIndexOf('/');
    const proto = (slash >= 0 ? raw.slice(slash + 1) : 'tcp').toLowerCase();
    const rest = slash >= 0 ? raw.slice(0, slash) : raw;
    if (!['tcp', 'udp', 'sctp'].includes(proto)) throw new DockerfileError(`invalid proto: ${raw.slice(slash + 1)}`);
    const parts = rest.split(':');
    const container = parts[parts.length - 1]!;
    if (container === '') throw new DockerfileError(`no port specified: ${raw}<empty>`);
    const [lo, hi] = parsePortRange(container, 'containerPort', container);
    for (let p = lo; p <= hi; p++) out.add(`${p}/${proto}`);
  }
  return [...out];
}
