/** `network` and `volume` goals. */
import type { HostState } from '../../sim/index';
import { normPath } from '../../sim/fs/overlay-data';
import type { GoalOf } from '../spec/types';
import type { Verdict } from './context';

const code = (s: string) => `\`${s}\``;

export function checkNetwork(host: HostState, g: GoalOf<'network'>): Verdict {
  const net = Object.values(host.networks).find((n) => n.name === g.name);
  if (g.state === 'absent') return net ? `network ${code(g.name)} still exists` : null;
  if (!net) return `there is no network ${code(g.name)}`;
  if (g.driver && net.driver !== g.driver) return `${code(g.name)} uses driver ${code(net.driver)}`;
  if (g.internal !== undefined && net.internal !== g.internal) return `${code(g.name)} is ${net.internal ? '' : 'not '}internal`;
  if (g.subnet && !net.ipam.Config.some((c) => c.Subnet === g.subnet)) return `${code(g.name)} has another subnet`;
  const containers = Object.values(host.containers);
  const missing = g.members?.find((name) => !containers.some((c) => c.name === name && g.name in c.networks));
  return missing ? `${code(missing)} is not attached to ${code(g.name)}` : null;
}

export function checkVolume(host: HostState, g: GoalOf<'volume'>): Verdict {
  const vol = host.volumes[g.name];
  if (g.state === 'absent') return vol ? `volume ${code(g.name)} still exists` : null;
  if (!vol) return `there is no volume ${code(g.name)}`;
  if (!g.file) return null;
  const entry = vol.data.entries[normPath(g.file.path)];
  if (!entry || entry.t !== 'f') return `${code(g.name)} holds no file ${code(g.file.path)}`;
  if (g.file.contains && !(entry.data ?? '').includes(g.file.contains)) return `${code(g.file.path)} does not contain ${code(g.file.contains)}`;
  return null;
}
