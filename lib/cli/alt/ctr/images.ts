/**
 * `ctr images pull|ls|rm` against containerd's own content store (its `default` namespace is
 * separate from Docker's `moby`, and with Docker's classic store Docker's images are not in
 * containerd at all). ctr needs full references and prints its fetch progress table.
 */
import { EngineError, hostOf, listImages, pullImage, removeImage, type Engine } from '../../../sim/index';
import { refsOf } from '../../../sim/images/store';
import { stableHex } from '../../../sim/index';
import { tabwrite } from '../../format/tabwriter';
import { customSize } from '../../format/units';
import { CtrError } from './errors';

const BAR = '|' + '+'.repeat(38) + '|';

/** ctr's parse of a reference: it must name a domain (`docker.io/library/alpine:3.22`). */
export function fullRef(input: string): string {
  const first = input.split('/')[0]!;
  if (!input.includes('/') || !(first.includes('.') || first.includes(':') || first === 'localhost')) throw new CtrError(`failed to resolve reference "${input}": object required`);
  return /@sha256:|:[^/]+$/.test(input) ? input : `${input}:latest`;
}

const size = (n: number) => customSize('%.1f %s', n, 1024);

export function ctrPull(c: Engine, input: string, out: (t: string) => void): void {
  const ref = fullRef(input);
  let result;
  try {
    result = pullImage(c, ref);
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
    if (/manifest unknown|not found/.test(e.message)) throw new CtrError(`failed to resolve reference "${ref}": ${ref}: not found`);
    throw new CtrError(`failed to resolve reference "${ref}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`);
  }
  const img = result.image;
  const rows = [
    `${ref}:\tresolved\t${BAR}\t`,
    `index-${result.digest}:\tdone\t${BAR}\t`,
    `manifest-sha256:${stableHex(ref + '#manifest')}:\tdone\t${BAR}\t`,
    `config-${img.id}:\tdone\t${BAR}\t`,
    ...img.layers.map((l) => `layer-sha256:${stableHex(l + '#blob')}:\tdone\t${BAR}\t`),
  ];
  const total = Math.round(img.size * 0.42);
  const secs = Math.max(0.4, total / 4_000_000);
  rows.push(`elapsed: ${secs.toFixed(1)}s\ttotal: ${size(total).slice(0, 6).padStart(7)}\t(${size(total / secs)}/s)\t`);
  out(tabwrite(rows.join('\n') + '\n', { minwidth: 1, padding: 1 }));
  out(`unpacking linux/amd64 ${result.digest}...\ndone: ${(secs * 190).toFixed(6)}ms\n`);
}

export function ctrImagesLs(c: Engine, quiet: boolean): string {
  const rows: string[] = [];
  for (const img of listImages(c)) {
    for (const ref of refsOf(hostOf(c), img.id).filter((r) => !r.includes('@'))) {
      const digest = refsOf(hostOf(c), img.id).find((r) => r.includes('@'))?.split('@')[1] ?? img.id;
      rows.push(quiet ? ref : [ref, 'application/vnd.oci.image.index.v1+json', digest, size(Math.round(img.size * 0.42)), 'linux/amd64,linux/arm64/v8', '-'].join('\t') + '\t');
    }
  }
  rows.sort();
  if (quiet) return rows.map((r) => r + '\n').join('');
  return tabwrite(['REF\tTYPE\tDIGEST\tSIZE\tPLATFORMS\tLABELS\t', ...rows].join('\n') + '\n', { minwidth: 1, padding: 1 });
}

export function ctrImagesRm(c: Engine, refs: readonly string[], out: (t: string) => void): void {
  for (const r of refs) {
    try {
      removeImage(c, r, { force: true });
      out(r + '\n');
    } catch (e) {
      if (!(e instanceof EngineError)) throw e;
      throw new CtrError(`image "${r}": not found`);
    }
  }
}
