/**
 * `docker volume prune [-a] [-f] [--filter label=…]`: anonymous volumes only unless `-a`
 * (API ≥ 1.42), the warning for each mode, `Deleted Volumes:` and `Total reclaimed space:`.
 */
import { EngineError, pruneVolumes } from '../../../sim/index';
import { CliError, defineCommand, f, noArgs } from '../../command';
import { humanSize } from '../../format/units';
import type { DockerEnv } from '../env';
import { confirmThen } from '../confirm';
import { pruneFilters } from '../network/prune-filters';

export const UNUSED_VOLUMES_WARNING = 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue?';
export const ALL_VOLUMES_WARNING = 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue?';

export const prune = defineCommand<DockerEnv>()({
  use: 'prune [OPTIONS]',
  short: 'Remove unused local volumes',
  args: noArgs,
  at: [{ parent: 'volume' }],
  flags: {
    all: f.bool({ short: 'a', usage: 'Remove all unused volumes, not just anonymous ones' }),
    filter: f.filter({ usage: 'Provide filter values (e.g. "label=<label>")' }),
    force: f.bool({ short: 'f', usage: 'Do not prompt for confirmation' }),
  },
  complete: () => [],
  run(ctx, o) {
    const { all: allFilter, ...rest } = o.filter;
    if (o.all && allFilter) throw new CliError('conflicting options: cannot specify both --all and --filter all=1');
    const all = o.all || (allFilter ?? []).some((v) => v === 'true' || v === '1');
    if (allFilter && !allFilter.every((v) => ['true', '1', 'false', '0'].includes(v))) throw new EngineError('invalidParameter', `invalid filter 'all=${allFilter.join(',')}'`);
    const filters = pruneFilters(rest, ctx.env.eng.world.clock, ['label', 'label!']);
    const prune = (): string => {
      const r = pruneVolumes(ctx.env.eng, { all, ...(filters.labels ? { labels: filters.labels } : {}) });
      const deleted = r.removed.length > 0 ? `Deleted Volumes:\n${r.removed.map((n) => n + '\n').join('')}\n` : '';
      return `${deleted}Total reclaimed space: ${humanSize(r.reclaimed)}\n`;
    };
    if (o.force) {
      ctx.out(prune());
      return 0;
    }
    return confirmThen(ctx.io, (s) => ctx.out(s), o.all ? ALL_VOLUMES_WARNING : UNUSED_VOLUMES_WARNING, prune);
  },
});
