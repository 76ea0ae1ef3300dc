/**
 * Rootless Podman cannot bind host ports below net.ipv4.ip_unprivileged_port_start (1024). Real
 * Podman creates the container (or pod) and fails when it starts; the simulator refuses up front
 * with the same rootlessport message and exit status (126), leaving nothing behind.
 */
import { CliError } from '../../command';

/** Host ports of `-p`/`--publish` values (`8080:80`, `127.0.0.1:8080:80`, `80`), numeric only. */
export function hostPorts(args: readonly string[]): number[] {
  const specs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === '-p' || a === '--publish') specs.push(args[++i] ?? '');
    else if (a.startsWith('--publish=')) specs.push(a.slice(10));
    else if (/^-p\S/.test(a)) specs.push(a.slice(2));
  }
  return specs.flatMap((s) => {
    const parts = s.replace(/\/\w+$/, '').split(':');
    const host = parts.length >= 2 ? parts[parts.length - 2]! : '';
    return /^\d+$/.test(host) ? [Number(host)] : [];
  });
}

export function checkUnprivilegedPorts(ports: readonly number[]): void {
  const low = ports.find((p) => p < 1024);
  if (low === undefined) return;
  throw new CliError(
    `Error: rootlessport cannot expose privileged port ${low}, you can add 'net.ipv4.ip_unprivileged_port_start=${low}' to /etc/sysctl.conf (currently 1024), or choose a larger port number (>= 1024): listen tcp 0.0.0.0:${low}: bind: permission denied`,
    126,
  );
}
