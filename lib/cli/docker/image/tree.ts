/**
 * `docker images --tree` (docker 28's experimental view, cli/command/image/tree.go), as printed
 * without a terminal: the warning, the right-aligned legend, then one row per image (names
 * longest first, the last one beside the columns). With the overlay2 image store the daemon
 * reports no per-platform manifests, so there are no child rows (hence no In Use chips) and the
 * content size is 0B.
 */
import type { Engine } from '../../../sim/index';
import { truncateID } from '../../format/text-width';
import { humanSizeWithPrecision } from '../../format/units';
import { imageSummaries } from './summaries';

const SPACING = '   ';
const WIDTH = 80;
const LEGEND = ' Info ->  U In Use ';

interface Row {
  names: string[];
  id: string;
  disk: string;
  content: string;
}

const left = (s: string, w: number) => (s.length > w ? s.slice(0, Math.max(0, w - 1)) + '…' : s + ' '.repeat(w - s.length));
const right = (s: string, w: number) => (s.length > w ? s.slice(0, Math.max(0, w - 1)) + '…' : ' '.repeat(w - s.length) + s);

export function renderTree(eng: Engine, o: { all: boolean; filters: string[] }): string {
  const { engine } = imageSummaries(eng, o);
  const rows: Row[] = engine
    .filter((s) => o.all || s.repoTags.length > 0 || s.repoDigests.length > 0)
    .map((s) => ({
      names: [...s.repoTags].sort((a, b) => b.length - a.length),
      id: s.id,
      disk: humanSizeWithPrecision(s.size, 3),
      content: humanSizeWithPrecision(0, 3),
    }));
  // Image column: what is left of 80 columns, but no wider than the longest name.
  const fixed = 12 + 10 + 12 + 5 + 4 * SPACING.length;
  const widest = Math.max('Image'.length, ...rows.flatMap((r) => r.names.map((n) => n.length)));
  const nameWidth = Math.min(WIDTH - fixed, widest);
  let out = "WARNING: This is an experimental feature. The output may change and shouldn't be depended on.\n";
  out += ' '.repeat(Math.max(0, WIDTH - LEGEND.length)) + LEGEND + '\n\n';
  out += [left('IMAGE', nameWidth), left('ID', 12), right('DISK USAGE', 10), right('CONTENT SIZE', 12), left('EXTRA', 5)].join(SPACING) + '\n';
  for (const r of rows) {
    const names = r.names.length === 0 ? ['<untagged>'] : r.names;
    for (const n of names.slice(0, -1)) out += n + '\n';
    out += [left(names.at(-1)!, nameWidth), left(truncateID(r.id), 12), right(r.disk, 10), right(r.content, 12), left('', 5)].join(SPACING) + '\n';
  }
  return out;
}
