/** What the swarm verbs print around tokens and keys (docker/cli cli/command/swarm), word for word. */
import { hostOf, type Engine } from '../../../sim/index';
import { membership, type ClusterRecord } from '../../../sim/swarm/index';

/** The manager address other nodes join at (`ip:2377`). */
export function managerAddr(eng: Engine, cluster: ClusterRecord): string {
  const m = membership(hostOf(eng));
  const self = m ? cluster.nodes[m.nodeId] : undefined;
  return self?.managerAddr ?? `${self?.addr ?? '10.0.2.15'}:2377`;
}

export function joinInstructions(role: 'worker' | 'manager', token: string, addr: string): string {
  return `To add a ${role} to this swarm, run the following command:\n\n    docker swarm join --token ${token} ${addr}\n\n`;
}

export function unlockKeyText(key: string): string {
  return (
    'To unlock a swarm manager after it restarts, run the `docker swarm unlock`\n' +
    'command and provide the following key:\n\n' +
    `    ${key}\n\n` +
    'Please remember to store this key in a password manager, since without it you\n' +
    'will not be able to restart the manager.\n'
  );
}
