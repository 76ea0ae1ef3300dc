/**
 * `docker history` / `docker image history`: newest step first, `<missing>` for steps that are not
 * images here, human sizes and ages (`-H=false`: RFC 3339 and bytes), -q, --no-trunc, --format.
 */
import { imageHistory, parsePlatform } from '../../../sim/index';
import { CliError, defineCommand, exactArgs, f } from '../../command';
import { formatWrite } from '../../format/formatter';
import { imageNames } from '../container/completion';
import { FORMAT_HELP } from '../container/help-texts';
import type { DockerEnv } from '../env';
import { HISTORY_HEADERS, HistoryContext, historyFormat } from './history-context';

export const history = defineCommand<DockerEnv>()({
  use: 'history [OPTIONS] IMAGE',
  short: 'Show the history of an image',
  args: exactArgs(1),
  aliasesLine: 'docker image history, docker history',
  at: [{ parent: 'image' }, { parent: '' }],
  flags: {
    human: f.bool({ short: 'H', usage: 'Print sizes and dates in human readable format', default: true }),
    quiet: f.bool({ short: 'q', usage: 'Only show image IDs' }),
    noTrunc: f.bool({ usage: "Don't truncate output" }),
    format: f.string({ usage: FORMAT_HELP }),
    platform: f.string({ usage: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' }),
  },
  complete: (ctx, args) => (args.length === 0 ? imageNames(ctx.env) : []),
  run(ctx, o, args) {
    if (o.platform !== '') {
      try {
        parsePlatform(o.platform);
      } catch (e) {
        throw new CliError(`invalid platform: ${(e as Error).message}`);
      }
    }
    const eng = ctx.env.eng;
    const rows = imageHistory(eng, args[0]!).map((h) => new HistoryContext(h, !o.noTrunc, o.human, eng.world.clock));
    ctx.out(formatWrite(historyFormat(o.format || 'table', o.quiet, o.human), HISTORY_HEADERS, rows));
    return 0;
  },
});
