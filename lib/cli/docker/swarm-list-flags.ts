/** The flags of the swarm object lists (`docker node ls`, `service ls`, `secret ls`, `config ls`). */
import { f } from '../command';
import { FORMAT_HELP } from './container/help-texts';

export const SWARM_LIST_FLAGS = {
  filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
  format: f.string({ usage: FORMAT_HELP }),
  quiet: f.bool({ short: 'q', usage: 'Only display IDs' }),
};
