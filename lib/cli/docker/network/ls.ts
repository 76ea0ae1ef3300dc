/** `docker network ls|list`: the daemon's filters, natural sort by name, table/`-q`/`--format`/`--no-trunc`. */
import { filterNetworks } from '../../../sim/index';
import { defineCommand, f, noArgs } from '../../command';
import { NETWORK_HEADERS } from '../../format/docker-formats';
import { formatWrite } from '../../format/formatter';
import { filterStrings, FORMAT_HELP } from '../container/help-texts';
import type { DockerEnv } from '../env';
import { NetworkContext, naturalLess, networkFormat } from './context';

export const ls = defineCommand<DockerEnv>()({
  use: 'ls [OPTIONS]',
  short: 'List networks',
  args: noArgs,
  aliasesLine: 'docker network ls, docker network list',
  at: [{ parent: 'network', aliases: ['list'] }],
  flags: {
    filter: f.filter({ short: 'f', usage: 'Provide filter values (e.g. "driver=bridge")' }),
    format: f.string({ usage: FORMAT_HELP }),
    noTrunc: f.bool({ usage: 'Do not truncate the output' }),
    quiet: f.bool({ short: 'q', usage: 'Only display network IDs' }),
  },
  complete: () => [],
  run(ctx, o) {
    const nets = filterNetworks(ctx.env.eng, filterStrings(o.filter)).sort((a, b) => naturalLess(a.name, b.name));
    ctx.out(formatWrite(networkFormat(o.format, o.quiet), NETWORK_HEADERS, nets.map((n) => new NetworkContext(n, !o.noTrunc))));
    return 0;
  },
});
