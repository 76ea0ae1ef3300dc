/**
 * `docker image prune`: dangling images (`-a`: every image without a container), filters until,
 * label, label!; the confirmation prompt (no answer: cancelled quietly, like docker), the
 * `Deleted Images:` report and `Total reclaimed space:`.
 */
import { confirmThen } from '../confirm';
import { EngineError, pruneImages } from '../../../sim/index';
import { defineCommand, f, noArgs } from '../../command';
import { humanSize } from '../../format/units';
import { parseTimestamp } from '../container/timestamp';
import type { DockerEnv } from '../env';

const ALL_WARNING = 'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?';
const DANGLING_WARNING = 'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';
const ACCEPTED = new Set(['dangling', 'label', 'label!', 'until']);

function pruneOptions(raw: Record<string, string[]>, now: number): { labels: string[]; until?: number } {
  const labels: string[] = [];
  let until: number | undefined;
  for (const [key, values] of Object.entries(raw)) {
    if (!ACCEPTED.has(key)) throw new EngineError('invalidParameter', `invalid filter '${key}'`);
    if (key === 'label') labels.push(...values);
    if (key === 'label!') labels.push(...values.map((v) => `!${v}`));
    if (key === 'until') {
      if (values.length > 1) throw new EngineError('invalidParameter', 'more than one until filter specified');
      try {
        until = parseTimestamp(values[0]!, now);
      } catch (e) {
        throw new EngineError('invalidParameter', (e as Error).message);
      }
    }
  }
  return { labels, ...(until !== undefined ? { until } : {}) };
}

export const prune = defineCommand<DockerEnv>()({
  use: 'prune [OPTIONS]',
  short: 'Remove unused images',
  args: noArgs,
  at: [{ parent: 'image' }],
  flags: {
    all: f.bool({ short: 'a', usage: 'Remove all unused images, not just dangling ones' }),
    filter: f.filter({ usage: 'Provide filter values (e.g. "until=<timestamp>")' }),
    force: f.bool({ short: 'f', usage: 'Do not prompt for confirmation' }),
  },
  run(ctx, o) {
    const eng = ctx.env.eng;
    const prune = () => {
      const opts = pruneOptions(o.filter, eng.world.clock); // the daemon checks filters after the answer
      const report = pruneImages(eng, { all: o.all, ...opts });
      let text = '';
      if (report.deleted.length > 0) {
        text = 'Deleted Images:\n';
        for (const d of report.deleted) text += 'untagged' in d ? `untagged: ${d.untagged}\n` : `deleted: ${d.deleted}\n`;
        text += '\n';
      }
      return text + `Total reclaimed space: ${humanSize(report.reclaimed)}\n`;
    };
    if (o.force) {
      ctx.out(prune());
      return 0;
    }
    return confirmThen(ctx.io, (s) => ctx.out(s), o.all ? ALL_WARNING : DANGLING_WARNING, prune);
  },
});
