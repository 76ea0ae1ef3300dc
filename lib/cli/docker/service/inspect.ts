/** `docker service inspect [--pretty] [-f FORMAT] SERVICE...`: the API objects, or the pretty text. */
import { settle } from '../../../sim/index';
import { findService, requireManager } from '../../../sim/swarm/index';
import { serviceJson } from '../../../sim/swarm/api';
import { isEngineError } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import { inspectWrite } from '../../format/inspect';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import { serviceNames } from './completion';
import type { DockerEnv } from '../env';
import { prettyService } from './pretty';

export const inspect = defineCommand<DockerEnv>()({
  use: 'inspect [OPTIONS] SERVICE [SERVICE...]',
  short: 'Display detailed information on one or more services',
  args: requiresMinArgs(1),
  at: [{ parent: 'service' }],
  flags: {
    format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
    pretty: f.bool({ usage: 'Print the information in a human friendly format' }),
  },
  complete: (ctx) => serviceNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    if (o.pretty && o.format !== '') throw new CliError('--format is incompatible with human friendly format');
    const cluster = requireManager(eng);
    const found = args.map((name) => {
      try {
        return { s: findService(cluster, name) };
      } catch (e) {
        if (!isEngineError(e) || e.kind !== 'notFound') throw e;
        return { error: `Error: no such service: ${name}` };
      }
    });
    if (o.pretty) {
      for (const x of found) {
        if ('error' in x) throw new CliError(x.error!);
        ctx.out(prettyService(eng, cluster, x.s));
      }
      return 0;
    }
    const r = inspectWrite(found.map((x) => ('error' in x ? { error: x.error! } : { value: serviceJson(x.s) })), o.format);
    ctx.out(r.stdout);
    if (r.error) throw r.error;
    return 0;
  },
});
