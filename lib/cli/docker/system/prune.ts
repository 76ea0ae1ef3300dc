/**
 * `docker system prune [-a] [--volumes] [-f] [--filter …]`: the confirmation listing what goes,
 * then containers, networks, (anonymous volumes), images, build cache — each with docker's
 * `Deleted …:` block — and the total reclaimed space.
 */
import { pruneContainers, pruneImages, pruneNetworks, pruneVolumes } from '../../../sim/index';
import { pruneCache } from '../../../sim/build/index';
import { CliError, defineCommand, f, noArgs } from '../../command';
import { humanSize } from '../../format/units';
import type { DockerEnv } from '../env';
import { naturalLess } from '../network/context';
import { confirmThen } from '../confirm';
import { pruneFilters } from '../network/prune-filters';

export function pruneWarning(o: { all: boolean; volumes: boolean }, filters: readonly string[]): string {
  const items = ['all stopped containers', 'all networks not used by at least one container'];
  if (o.volumes) items.push('all anonymous volumes not used by at least one container');
  items.push(o.all ? 'all images without at least one container associated to them' : 'all dangling images');
  items.push(o.all ? 'all build cache' : 'unused build cache');
  const filterBlock = filters.length ? `\n  Items to be pruned will be filtered with:${filters.map((x) => `\n  - ${x}`).join('')}\n` : '';
  return `WARNING! This will remove:${items.map((x) => `\n  - ${x}`).join('')}\n${filterBlock}\nAre you sure you want to continue?`;
}

export const prune = defineCommand<DockerEnv>()({
  use: 'prune [OPTIONS]',
  short: 'Remove unused data',
  args: noArgs,
  at: [{ parent: 'system' }],
  flags: {
    all: f.bool({ short: 'a', usage: 'Remove all unused images not just dangling ones' }),
    filter: f.filter({ usage: 'Provide filter values (e.g. "label=<key>=<value>")' }),
    force: f.bool({ short: 'f', usage: 'Do not prompt for confirmation' }),
    volumes: f.bool({ usage: 'Prune anonymous volumes' }),
  },
  complete: () => [],
  run(ctx, o) {
    const eng = ctx.env.eng;
    if (o.volumes && o.filter['until']) throw new CliError('ERROR: The "until" filter is not supported with "--volumes"');
    const filters = pruneFilters(o.filter, eng.world.clock);
    const shown = ['label', 'label!', 'until'].flatMap((k) => (o.filter[k] ?? []).map((v) => `${k}=${v}`)).sort(naturalLess);
    const prune = () => {
      let text = '';
      let total = 0;
      const block = (title: string, lines: readonly string[]) => {
        if (lines.length > 0) text += `${title}\n${lines.map((l) => l + '\n').join('')}\n`;
      };
      const c = pruneContainers(eng, filters);
      block('Deleted Containers:', c.removed);
      total += c.reclaimed;
      block('Deleted Networks:', pruneNetworks(eng, filters));
      if (o.volumes) {
        const v = pruneVolumes(eng, { ...(filters.labels ? { labels: filters.labels } : {}) });
        block('Deleted Volumes:', v.removed);
        total += v.reclaimed;
      }
      const i = pruneImages(eng, { all: o.all, ...filters });
      block('Deleted Images:', i.deleted.map((d) => ('untagged' in d ? `untagged: ${d.untagged}` : `deleted: ${d.deleted}`)));
      if (i.deleted.length > 0) total += i.reclaimed;
      const cache = pruneCache(eng, { all: o.all, ...(filters.until !== undefined ? { olderThan: eng.world.clock - filters.until } : {}) });
      block('Deleted build cache objects:', cache.map((r) => r.id));
      total += cache.reduce((n, r) => n + r.size, 0);
      return text + `Total reclaimed space: ${humanSize(total)}\n`;
    };
    if (!o.force) return confirmThen(ctx.io, (s) => ctx.out(s), pruneWarning(o, shown), prune);
    ctx.out(prune());
    return 0;
  },
});
