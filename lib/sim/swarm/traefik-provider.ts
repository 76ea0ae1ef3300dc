/**
 * Traefik v3's swarm provider (`--providers.swarm`): through the mounted Docker socket of a
 * manager it lists the services and their labels (`deploy.labels` in a stack), and balances over
 * the addresses of their running tasks on the network it shares with them (the one named by
 * `--providers.swarm.network` or the `traefik.swarm.network` label), or over the service's VIP
 * with `traefik.swarm.lbswarm=true` (v2: `--providers.docker.swarmMode`, `traefik.docker.*`
 * labels). Swarm gives no port detection: without
 * `traefik.http.services.<s>.loadbalancer.server.port` a service is skipped, as Traefik does.
 */
import { hostOf } from '../core/engine';
import { pickAddress, registerTraefikProvider, socketMounted } from '../containers/behaviours/traefik-providers';
import type { TraefikWorkload } from '../containers/behaviours/traefik-routes';
import { INGRESS } from './overlay';
import { hasQuorum, membership, swarmWorld } from './state';

const ipOf = (addr: string) => addr.split('/')[0]!;

export function installTraefikSwarmProvider(): void {
  registerTraefikProvider({
    name: 'swarm',
    workloads(eng, self, opts) {
      const m = membership(hostOf(eng));
      const cluster = m && m.role === 'manager' && !m.locked ? swarmWorld(eng.world).clusters[m.clusterId] : undefined;
      if (!cluster || !socketMounted(self, opts.endpoint) || !hasQuorum(eng.world, cluster)) return [];
      const netName = (id: string) => cluster.networks[id]?.name ?? id;
      const out: TraefikWorkload[] = [];
      for (const s of Object.values(cluster.services)) {
        const labels = s.spec.Labels ?? {};
        const wanted = labels[`${opts.labelPrefix}.network`] ?? opts.network;
        const shared = (name: string) => name in self.networks;
        let addresses: string[];
        if ((labels[`${opts.labelPrefix}.lbswarm`] ?? '').toLowerCase() === 'true') {
          const vips = s.endpoint.vips.map((v) => ({ name: netName(v.NetworkID), addr: ipOf(v.Addr) })).filter((v) => v.name !== INGRESS);
          const vip = pickAddress(vips, wanted, shared);
          addresses = vip ? [vip] : [];
        } else {
          addresses = Object.values(cluster.tasks)
            .filter((t) => t.serviceId === s.id && t.status.state === 'running' && t.desiredState === 'running')
            .sort((a, b) => a.slot - b.slot || a.createdAt - b.createdAt)
            .map((t) => pickAddress(t.networks.map((n) => ({ name: netName(n.networkId), addr: ipOf(n.addr) })).filter((n) => n.name !== INGRESS), wanted, shared))
            .filter((a): a is string => a !== null);
        }
        out.push({ name: s.spec.Name, labels, addresses, defaultPort: null });
      }
      return out;
    },
  });
}
