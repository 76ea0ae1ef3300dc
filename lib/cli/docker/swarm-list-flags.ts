/** The flags of the swarm object lists (`docker node ls`, `service ls`, `secret ls`, `config ls`). */
import { CliError, f } from '../command';
import { FORMAT_HELP } from './container/help-texts';

export const SWARM_LIST_FLAGS = {
  filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
  format: f.string({ usage: FORMAT_HELP }),
  quiet: f.bool({ short: 'q', usage: 'Only display IDs' }),
};

/** The daemon's filters.Validate for a swarm list (daemon/cluster/filters.go): an unknown key is refused. */
export function checkSwarmFilters(filters: Readonly<Record<string, readonly string[]>>, accepted: readonly string[]): void {
  for (const k of Object.keys(filters)) if (!accepted.includes(k)) throw new CliError(`Error response from daemon: invalid filter '${k}'`);
}
