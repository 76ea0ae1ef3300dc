/** Port specs in goals, as `-p` writes them: `8080:80`, `127.0.0.1:8080:80/tcp`, `80` (a host port Docker picks). */
export interface PortSpec {
  hostIp: string | null;
  hostPort: string | null;
  containerPort: string;
  proto: 'tcp' | 'udp' | 'sctp';
}

export function parsePortSpec(spec: string): PortSpec | null {
  const m = /^(?:(?:(\d{1,3}(?:\.\d{1,3}){3}):)?(\d{1,5}):)?(\d{1,5})(?:\/(tcp|udp|sctp))?$/.exec(spec);
  if (!m) return null;
  return { hostIp: m[1] ?? null, hostPort: m[2] ?? null, containerPort: m[3]!, proto: (m[4] as PortSpec['proto'] | undefined) ?? 'tcp' };
}
