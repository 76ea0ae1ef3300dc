/** `podman network ls`: Podman's table (only its own networks: `podman` and the learner's; no bridge/host/none). */
import { hostOf, type Engine } from '../../../sim/index';
import { tabwrite } from '../../format/tabwriter';

/** The fixed id of Podman's default network. */
const PODMAN_NETWORK_ID = '2f259bab93aaaaa2542ba43ef33eb990d0999ee1b9924b557b7be53c0b7a1bb9';

export function podmanNetworkLs(p: Engine, args: readonly string[]): string {
  const quiet = args.includes('-q') || args.includes('--quiet');
  const nets = Object.values(hostOf(p).networks)
    .filter((n) => !['bridge', 'host', 'none'].includes(n.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  const id = (n: { id: string; name: string }) => (n.name === 'podman' ? PODMAN_NETWORK_ID : n.id).slice(0, 12);
  if (quiet) return nets.map((n) => n.name + '\n').join('');
  return tabwrite(['NETWORK ID\tNAME\tDRIVER', ...nets.map((n) => `${id(n)}\t${n.name}\t${n.driver}`)].join('\n') + '\n', { minwidth: 12, padding: 2 });
}
