/**
 * `docker system df [-v] [--format]`: the four summary rows (Images, Containers, Local Volumes,
 * Build Cache), or with -v the per-object tables under their `… space usage:` titles.
 */
import { diskUsage, listContainers, type Engine } from '../../../sim/index';
import { cacheUsage, listRecords } from '../../../sim/build/index';
import { defineCommand, f, noArgs } from '../../command';
import { ContainerContext, CONTAINER_HEADERS } from '../../format/container-context';
import { DEFAULT_DISK_USAGE_TABLE_FORMAT, DISK_USAGE_HEADERS, DISK_USAGE_VERBOSE_FORMATS, VOLUME_HEADERS } from '../../format/docker-formats';
import { formatWrite, RAW_FORMAT_KEY, TABLE_FORMAT_KEY } from '../../format/formatter';
import { IMAGE_HEADERS, ImageContext } from '../../format/image-context';
import { humanSize } from '../../format/units';
import { FORMAT_HELP } from '../container/help-texts';
import { containerSummary } from '../container/summary';
import type { DockerEnv } from '../env';
import { VolumeContext } from '../volume/context';
import { BUILD_CACHE_HEADERS, BuildCacheContext, DiskUsageRow, reclaimable } from './df-contexts';

const RAW_SUMMARY = 'type: {{.Type}}\\ntotal: {{.TotalCount}}\\nactive: {{.Active}}\\nsize: {{.Size}}\\nreclaimable: {{.Reclaimable}}\\n';

/**
 * The builder's share: from the engine's contributors when the session registered the build
 * cache there, else read from the build cache itself (the same records either way).
 */
function buildCacheRow(eng: Engine, fromContributors: { total: number; active: number; size: number; reclaimable: number }): DiskUsageRow {
  const registered = (eng.rt.contributors ?? []).some((c) => c.name === 'build');
  const u = registered ? fromContributors : (({ count, active, size, reclaimable }) => ({ total: count, active, size, reclaimable }))(cacheUsage(eng));
  return new DiskUsageRow('Build Cache', u.total, u.active, u.size, humanSize(u.reclaimable));
}

function summaryRows(eng: Engine): DiskUsageRow[] {
  const du = diskUsage(eng);
  return [
    new DiskUsageRow('Images', du.images.total, du.images.active, du.images.size, reclaimable(du.images.reclaimable, du.images.size)),
    new DiskUsageRow('Containers', du.containers.total, du.containers.active, du.containers.size, reclaimable(du.containers.reclaimable, du.containers.size)),
    new DiskUsageRow('Local Volumes', du.volumes.total, du.volumes.active, du.volumes.size, reclaimable(du.volumes.reclaimable, du.volumes.size)),
    buildCacheRow(eng, du.buildCache),
  ];
}

function verbose(eng: Engine): string {
  const du = diskUsage(eng);
  const now = eng.world.clock;
  const images = du.images.items.map((i) => {
    const tag = i.repoTags[0];
    const colon = tag ? tag.lastIndexOf(':') : -1;
    const [repo, t] = tag && colon > tag.lastIndexOf('/') ? [tag.slice(0, colon).replace(/^docker\.io\/(library\/)?/, ''), tag.slice(colon + 1)] : ['<none>', '<none>'];
    return new ImageContext({ Id: i.id, RepoTags: i.repoTags, RepoDigests: i.repoDigests, Created: Math.floor(i.created / 1000), Size: i.size, SharedSize: i.sharedSize, Containers: i.containers }, repo, t, '<none>', true, now);
  });
  const containers = listContainers(eng, { all: true }).map((c) => new ContainerContext({ ...containerSummary(eng, c, true), SizeRootFs: 0 }, true, now));
  const volumes = du.volumes.items.map((v) => new VolumeContext(v.volume, { size: v.size, links: v.links }));
  const records = listRecords(eng);
  const cache = records.map((r) => new BuildCacheContext(r, true, now));
  return (
    'Images space usage:\n\n' +
    formatWrite(DISK_USAGE_VERBOSE_FORMATS.images, IMAGE_HEADERS, images) +
    '\nContainers space usage:\n\n' +
    formatWrite(DISK_USAGE_VERBOSE_FORMATS.containers, CONTAINER_HEADERS, containers) +
    '\nLocal Volumes space usage:\n\n' +
    formatWrite(DISK_USAGE_VERBOSE_FORMATS.volumes, VOLUME_HEADERS, volumes) +
    `\nBuild cache usage: ${humanSize(records.reduce((n, r) => n + r.size, 0))}\n\n` +
    formatWrite(DISK_USAGE_VERBOSE_FORMATS.buildCache, BUILD_CACHE_HEADERS, cache)
  );
}

export const df = defineCommand<DockerEnv>()({
  use: 'df [OPTIONS]',
  short: 'Show docker disk usage',
  args: noArgs,
  at: [{ parent: 'system' }],
  flags: {
    format: f.string({ usage: FORMAT_HELP }),
    verbose: f.bool({ short: 'v', usage: 'Show detailed information on space usage' }),
  },
  complete: () => [],
  run(ctx, o) {
    const eng = ctx.env.eng;
    const format = o.format || TABLE_FORMAT_KEY;
    if (o.verbose && format === TABLE_FORMAT_KEY) {
      ctx.out(verbose(eng));
      return 0;
    }
    const tmpl = format === TABLE_FORMAT_KEY ? DEFAULT_DISK_USAGE_TABLE_FORMAT : format === RAW_FORMAT_KEY ? RAW_SUMMARY : format;
    ctx.out(formatWrite(tmpl, DISK_USAGE_HEADERS, summaryRows(eng)));
    return 0;
  },
});
