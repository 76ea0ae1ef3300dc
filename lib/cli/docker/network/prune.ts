/** `docker network prune`: the confirmation, `--filter until=…|label=…`, `Deleted Networks:` and the names. */
import { pruneNetworks } from '../../../sim/index';
import { defineCommand, f, noArgs } from '../../command';
import type { DockerEnv } from '../env';
import { confirmThen } from '../confirm';
import { pruneFilters } from './prune-filters';

export const NETWORK_PRUNE_WARNING = 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?';

export const prune = defineCommand<DockerEnv>()({
  use: 'prune [OPTIONS]',
  short: 'Remove all unused networks',
  args: noArgs,
  at: [{ parent: 'network' }],
  flags: {
    force: f.bool({ short: 'f', usage: 'Do not prompt for confirmation' }),
    filter: f.filter({ usage: 'Provide filter values (e.g. "until=<timestamp>")' }),
  },
  complete: () => [],
  run(ctx, o) {
    const filters = pruneFilters(o.filter, ctx.env.eng.world.clock);
    const prune = (): string => {
      const removed = pruneNetworks(ctx.env.eng, filters);
      return removed.length > 0 ? `Deleted Networks:\n${removed.map((n) => n + '\n').join('')}\n` : '';
    };
    if (o.force) {
      ctx.out(prune());
      return 0;
    }
    return confirmThen(ctx.io, (s) => ctx.out(s), NETWORK_PRUNE_WARNING, prune);
  },
});
