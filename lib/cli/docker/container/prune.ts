/**
 * `docker container prune`: the confirmation prompt (the learner's next line in the terminal, or
 * stdin when piped; anything but `y` cancels silently, as docker does), `--filter until=…|label=…`, the deleted ids and
 * `Total reclaimed space:`.
 */
import { EngineError, pruneContainers } from '../../../sim/index';
import { defineCommand, f, noArgs } from '../../command';
import { humanSize } from '../../format/units';
import { confirmThen } from '../confirm';
import type { DockerEnv } from '../env';
import { filterStrings } from './help-texts';
import { parseTimestamp } from './timestamp';

export const PRUNE_WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

export const prune = defineCommand<DockerEnv>()({
  use: 'prune [OPTIONS]',
  short: 'Remove all stopped containers',
  args: noArgs,
  at: [{ parent: 'container' }],
  flags: {
    force: f.bool({ short: 'f', usage: 'Do not prompt for confirmation' }),
    filter: f.filter({ usage: 'Provide filter values (e.g. "until=<timestamp>")' }),
  },
  run(ctx, o) {
    const eng = ctx.env.eng;
    let until: number | undefined;
    const labels: string[] = [];
    for (const raw of filterStrings(o.filter)) {
      const eq = raw.indexOf('=');
      const key = raw.slice(0, eq);
      const value = raw.slice(eq + 1);
      if (key === 'until') {
        try {
          until = parseTimestamp(value, eng.world.clock);
        } catch (e) {
          throw new EngineError('invalidParameter', (e as Error).message);
        }
      } else if (key === 'label' || key === 'label!') labels.push(key === 'label' ? value : `!${value}`);
      else throw new EngineError('invalidParameter', `invalid filter '${key}'`);
    }
    const prune = (): string => {
      const r = pruneContainers(eng, { ...(until !== undefined ? { until } : {}), ...(labels.length > 0 ? { labels } : {}) });
      const deleted = r.removed.length > 0 ? `Deleted Containers:\n${r.removed.map((id) => id + '\n').join('')}\n` : '';
      return `${deleted}Total reclaimed space: ${humanSize(r.reclaimed)}\n`;
    };
    if (o.force) {
      ctx.out(prune());
      return 0;
    }
    return confirmThen(ctx.io, (s) => ctx.out(s), PRUNE_WARNING, prune);
  },
});
