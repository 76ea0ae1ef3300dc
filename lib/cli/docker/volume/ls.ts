/** `docker volume ls|list`: the daemon's filters (dangling, driver, label, name), natural sort, table/`-q`/`--format`. */
import { filterVolumes } from '../../../sim/index';
import { defineCommand, f, noArgs } from '../../command';
import { VOLUME_HEADERS } from '../../format/docker-formats';
import { formatWrite } from '../../format/formatter';
import { filterStrings, FORMAT_HELP } from '../container/help-texts';
import type { DockerEnv } from '../env';
import { naturalLess } from '../network/context';
import { VolumeContext, volumeFormat } from './context';

const CLUSTER_TABLE_FORMAT = 'table {{.Name}}\t{{.Group}}\t{{.Driver}}\t{{.Availability}}\t{{.Status}}';

export const ls = defineCommand<DockerEnv>()({
  use: 'ls [OPTIONS]',
  short: 'List volumes',
  args: noArgs,
  aliasesLine: 'docker volume ls, docker volume list',
  at: [{ parent: 'volume', aliases: ['list'] }],
  flags: {
    cluster: f.bool({ usage: 'Display only cluster volumes, and use cluster volume list formatting', annotations: { swarm: 'manager' } }),
    filter: f.filter({ short: 'f', usage: 'Provide filter values (e.g. "dangling=true")' }),
    format: f.string({ usage: FORMAT_HELP }),
    quiet: f.bool({ short: 'q', usage: 'Only display volume names' }),
  },
  complete: () => [],
  run(ctx, o) {
    let vols = filterVolumes(ctx.env.eng, filterStrings(o.filter)).sort((a, b) => naturalLess(a.name, b.name));
    let format = o.format;
    if (o.cluster) {
      vols = [];
      format = o.quiet ? 'table' : CLUSTER_TABLE_FORMAT;
    }
    ctx.out(formatWrite(volumeFormat(format, o.quiet), VOLUME_HEADERS, vols.map((v) => new VolumeContext(v))));
    return 0;
  },
});
