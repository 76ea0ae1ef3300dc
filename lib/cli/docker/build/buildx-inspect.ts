/**
 * `docker buildx inspect` (commands/inspect.go): a tabwriter block (padding 1) with the builder,
 * then its nodes. The default builder is the daemon's BuildKit behind the docker driver; a created
 * docker-container builder is `inactive` until something boots it (nothing does in the simulator).
 */
import { DAEMON_BUILDKIT } from './buildx-info';
import { goTimeString, type StoredBuilder } from './buildx-store';

/** Platforms the docker driver reports on linux/amd64 (FormatInGroups: the amd64 variants, then 386). */
export const DEFAULT_PLATFORMS = ['linux/amd64', 'linux/amd64/v2', 'linux/amd64/v3', 'linux/386'];
const HOST_GATEWAY_LABEL = ['org.mobyproject.buildkit.worker.moby.host-gateway-ip:', '172.17.0.1'];

/**
 * text/tabwriter with minwidth 0, padding 1, spaces: consecutive rows with the same number of cells
 * share column widths; a row with one cell ends the block.
 */
export function tabwriter(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (let i = 0; i < rows.length; ) {
    const cells = rows[i]!.length;
    let j = i;
    while (j < rows.length && rows[j]!.length === cells) j++;
    const block = rows.slice(i, j);
    const widths = Array.from({ length: cells - 1 }, (_, c) => Math.max(...block.map((r) => r[c]!.length)) + 1);
    for (const r of block) out += r.map((cell, c) => (c < cells - 1 ? cell.padEnd(widths[c]!) : cell)).join('') + '\n';
    i = j;
  }
  return out;
}

export function buildxInspect(b: StoredBuilder | 'default'): string {
  if (b === 'default') {
    return tabwriter([
      ['Name:', 'default'],
      ['Driver:', 'docker'],
      [''],
      ['Nodes:'],
      ['Name:', 'default'],
      ['Endpoint:', 'default'],
      ['Status:', 'running'],
      ['BuildKit version:', DAEMON_BUILDKIT],
      ['Platforms:', DEFAULT_PLATFORMS.join(', ')],
      ['Labels:'],
      ['', ...HOST_GATEWAY_LABEL],
    ]);
  }
  const rows: string[][] = [['Name:', b.Name], ['Driver:', b.Driver]];
  if (b.LastActivity) rows.push(['Last Activity:', goTimeString(b.LastActivity)]);
  rows.push([''], ['Nodes:']);
  b.Nodes.forEach((n, i) => {
    if (i > 0) rows.push(['']);
    rows.push(['Name:', n.Name], ['Endpoint:', n.Endpoint], ['Status:', 'inactive']);
    if (n.Platforms && n.Platforms.length > 0) rows.push(['Platforms:', n.Platforms.join(', ')]);
  });
  return tabwriter(rows);
}
