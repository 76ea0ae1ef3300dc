/**
 * Turn a catalog image into store records: deterministic ids and digests derived from the
 * catalog identity (so `docker images --digests` is the same in every session), layer records,
 * and history entries (one per layer plus the metadata-only steps).
 */
import { stableHex } from '../../core/rng';
import type { HistoryEntry, ImageConfig, ImageRecord, LayerRecord } from '../types';
import type { CatalogHit } from './index';
import type { CatalogLayer } from './types';
import { HOST_PLATFORM, platformKey, type Platform } from '../platform';

export interface Materialised {
  image: ImageRecord;
  layers: LayerRecord[];
  /** Repository digest of the tag (the manifest list), `sha256:…`. */
  digest: string;
}

/** Roughly how much registry compression shrinks a layer. */
const COMPRESSION = 0.38;

export function layerRecord(layer: CatalogLayer, key: string, suffix = ''): LayerRecord {
  const ident = (layer.share ?? key) + suffix;
  return {
    id: `sha256:${stableHex(ident + '#diff')}`,
    blob: `sha256:${stableHex(ident + '#blob')}`,
    size: layer.size,
    compressedSize: Math.max(32, Math.round(layer.size * COMPRESSION)),
    content: layer.rootfs ? { kind: 'catalog', key: layer.rootfs } : { kind: 'empty' },
  };
}

/** `platform`: another entry of the tag's index (`--platform linux/arm64`): same digest, its own ids. */
export function materialise(hit: CatalogHit, platform: Platform = HOST_PLATFORM): Materialised {
  const { family, image, key } = hit;
  const suffix = platformKey(platform);
  const config: ImageConfig = { ...family.config, ...image.config };
  const created = Date.parse(image.created);
  const layers = image.layers.map((l, i) => layerRecord(l, `${key}#layer${i}`, suffix));
  const history: HistoryEntry[] = [];
  const buildkit = 'buildkit.dockerfile.v0';
  const step = (createdBy: string, size: number, empty: boolean, comment: string) => history.push({ created, createdBy, size, comment, emptyLayer: empty });
  image.layers.forEach((l, i) => {
    step(l.createdBy, l.size, false, i === 0 ? '' : buildkit);
    if (i === 0 && !image.trailer) for (const s of headerSteps(config)) step(s, 0, true, buildkit);
  });
  for (const s of image.trailer ?? trailerSteps(config)) step(s, 0, true, image.trailer ? '' : buildkit);
  const record: ImageRecord = {
    id: `sha256:${stableHex(key + suffix + '#config')}`,
    parent: '',
    comment: 'buildkit.dockerfile.v0',
    author: '',
    created,
    architecture: platform.architecture,
    os: platform.os,
    config,
    layers: layers.map((l) => l.id),
    history,
    size: image.layers.reduce((n, l) => n + l.size, 0),
    source: 'pull',
    catalog: { repository: family.repository, tag: hit.tag },
    lastTagTime: null,
  };
  return { image: record, layers, digest: `sha256:${stableHex(key + '#index')}` };
}

const goList = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(' ')}]`;

function headerSteps(c: ImageConfig): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(c.Labels ?? {})) out.push(`LABEL ${k}=${v}`);
  for (const e of c.Env) if (!e.startsWith('PATH=')) out.push(`ENV ${e}`);
  return out;
}

function trailerSteps(c: ImageConfig): string[] {
  const out: string[] = [];
  if (c.WorkingDir) out.push(`WORKDIR ${c.WorkingDir}`);
  if (c.Volumes) out.push(`VOLUME ${goList(Object.keys(c.Volumes))}`);
  if (c.ExposedPorts) out.push(`EXPOSE map[${Object.keys(c.ExposedPorts).map((p) => `${p}:{}`).join(' ')}]`);
  if (c.User) out.push(`USER ${c.User}`);
  if (c.Healthcheck) out.push(`HEALTHCHECK &{${goList(c.Healthcheck.Test)} "${(c.Healthcheck.Interval ?? 0) / 1e9}s" "${(c.Healthcheck.Timeout ?? 0) / 1e9}s" "0s" "0s" '\\x00'}`);
  if (c.Entrypoint) out.push(`ENTRYPOINT ${goList(c.Entrypoint)}`);
  if (c.StopSignal) out.push(`STOPSIGNAL ${c.StopSignal}`);
  if (c.Cmd) out.push(`CMD ${goList(c.Cmd)}`);
  return out;
}
