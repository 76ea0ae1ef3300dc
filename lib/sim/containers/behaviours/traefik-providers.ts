/**
 * Where Traefik finds its workloads. The docker provider (here) reads the containers of the engine
 * Traefik runs on through the Docker socket; other providers (the swarm one lives in lib/sim/swarm)
 * register with registerTraefikProvider, so this layer knows nothing of swarm.
 */
import { hostOf, type Engine } from '../../core/engine';
import type { ContainerRecord } from '../types';
import type { TraefikProviderOptions } from './traefik-config';
import type { TraefikWorkload } from './traefik-routes';

export interface TraefikProvider {
  name: string;
  /** The workloads Traefik (the container `self` on `eng.host`) sees; [] when the API is out of reach. */
  workloads(eng: Engine, self: ContainerRecord, opts: TraefikProviderOptions): TraefikWorkload[];
}

const providers = new Map<string, TraefikProvider>();

export function registerTraefikProvider(p: TraefikProvider): void {
  providers.set(p.name, p);
}

export function traefikProvider(name: string): TraefikProvider | undefined {
  return providers.get(name);
}

/** Traefik talks to the Docker API over the socket its endpoint names, which must be mounted in. */
export function socketMounted(self: ContainerRecord, endpoint: string): boolean {
  if (!endpoint.startsWith('unix://')) return false;
  const path = endpoint.slice('unix://'.length);
  return self.mounts.some((m) => m.Destination === path && m.Source.endsWith('docker.sock'));
}

/** Of a workload's networks (name → address), the one Traefik uses: the configured one, else one it shares with Traefik, else the first. */
export function pickAddress(nets: Array<{ name: string; addr: string }>, wanted: string | null, shared: (name: string) => boolean): string | null {
  const hit = (wanted ? nets.find((n) => n.name === wanted) : undefined) ?? nets.find((n) => shared(n.name)) ?? nets[0];
  return hit?.addr ?? null;
}

function lowestExposedPort(c: ContainerRecord): number | null {
  const ports = Object.keys(c.config.ExposedPorts ?? {}).filter((k) => !k.endsWith('/udp')).map((k) => Number(k.split('/')[0])).sort((a, b) => a - b);
  return ports[0] ?? null;
}

registerTraefikProvider({
  name: 'docker',
  workloads(eng, self, opts) {
    if (!socketMounted(self, opts.endpoint)) return [];
    const host = hostOf(eng);
    const out: TraefikWorkload[] = [];
    for (const c of Object.values(host.containers)) {
      if (!c.state.Running || c.state.Paused) continue;
      const labels = c.config.Labels ?? {};
      const nets = Object.entries(c.networks).filter(([, e]) => e.ipAddress).map(([name, e]) => ({ name, addr: e.ipAddress }));
      const onHost = c.hostConfig.NetworkMode === 'host';
      const addr = onHost ? '127.0.0.1' : pickAddress(nets, labels[`${opts.labelPrefix}.network`] ?? opts.network, (n) => n in self.networks);
      const compose = labels['com.docker.compose.service'];
      const name = compose ? `${compose}-${labels['com.docker.compose.project'] ?? ''}` : c.name;
      out.push({ name, labels, addresses: addr ? [addr] : [], defaultPort: lowestExposedPort(c) });
    }
    return out;
  },
});
