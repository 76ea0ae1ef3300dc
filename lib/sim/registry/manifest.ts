/**
 * What a push uploads and a pull reads back: the image config blob (Docker's image config JSON,
 * whose digest is the image ID), one blob per layer, and the schema2 manifest tying them together,
 * serialised as Distribution does (3-space indent) so `size:` in the push output is realistic.
 */
import { stableHex } from '../core/rng';
import type { Materialised } from '../images/catalog/materialise';
import type { HistoryEntry, ImageConfig, ImageRecord, LayerRecord } from '../images/types';

export const MANIFEST_V2 = 'application/vnd.docker.distribution.manifest.v2+json';
const CONFIG_TYPE = 'application/vnd.docker.container.image.v1+json';
const LAYER_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip';

interface ConfigJson {
  architecture: string;
  author?: string;
  comment?: string;
  config: ImageConfig;
  created: string;
  history: Array<{ created: string; created_by?: string; comment?: string; empty_layer?: boolean }>;
  os: string;
  rootfs: { type: 'layers'; diff_ids: string[] };
}

interface ManifestJson {
  schemaVersion: 2;
  mediaType: string;
  config: { mediaType: string; size: number; digest: string };
  layers: Array<{ mediaType: string; size: number; digest: string }>;
}

export function configBlob(image: ImageRecord): string {
  const json: ConfigJson = {
    architecture: image.architecture,
    ...(image.author ? { author: image.author } : {}),
    ...(image.comment ? { comment: image.comment } : {}),
    config: image.config,
    created: new Date(image.created).toISOString(),
    history: image.history.map((h) => ({ created: new Date(h.created).toISOString(), ...(h.createdBy ? { created_by: h.createdBy } : {}), ...(h.comment ? { comment: h.comment } : {}), ...(h.emptyLayer ? { empty_layer: true } : {}) })),
    os: image.os,
    rootfs: { type: 'layers', diff_ids: image.layers },
  };
  return JSON.stringify(json);
}

/** The layer blob: the simulator's layer record stands in for the compressed tar. */
export function layerBlob(layer: LayerRecord): string {
  return JSON.stringify(layer);
}

export interface BuiltManifest {
  text: string;
  digest: string;
  /** Blobs to upload, config first: digest → content. */
  blobs: Array<{ digest: string; data: string }>;
}

export function buildManifest(image: ImageRecord, layers: readonly LayerRecord[]): BuiltManifest {
  const config = configBlob(image);
  const manifest: ManifestJson = {
    schemaVersion: 2,
    mediaType: MANIFEST_V2,
    config: { mediaType: CONFIG_TYPE, size: config.length, digest: image.id },
    layers: layers.map((l) => ({ mediaType: LAYER_TYPE, size: l.compressedSize, digest: l.blob })),
  };
  const text = JSON.stringify(manifest, null, 3);
  return { text, digest: `sha256:${stableHex(text)}`, blobs: [{ digest: image.id, data: config }, ...layers.map((l) => ({ digest: l.blob, data: layerBlob(l) }))] };
}

/** Read an image back from a manifest and a blob getter; null when a blob is missing or malformed. */
export function readManifest(text: string, digest: string, blob: (digest: string) => string | null): Materialised | null {
  try {
    const m = JSON.parse(text) as ManifestJson;
    const cfgText = blob(m.config.digest);
    if (cfgText === null) return null;
    const cfg = JSON.parse(cfgText) as ConfigJson;
    const layers: LayerRecord[] = [];
    for (const d of m.layers) {
      const data = blob(d.digest);
      if (data === null) return null;
      layers.push(JSON.parse(data) as LayerRecord);
    }
    const history: HistoryEntry[] = cfg.history.map((h) => ({ created: Date.parse(h.created), createdBy: h.created_by ?? '', size: 0, comment: h.comment ?? '', emptyLayer: h.empty_layer === true }));
    // Layer sizes live with the layers; give each non-empty history step its layer's size again.
    let li = 0;
    for (const h of history) if (!h.emptyLayer) h.size = layers[li++]?.size ?? 0;
    const image: ImageRecord = {
      id: m.config.digest,
      parent: '',
      comment: cfg.comment ?? '',
      author: cfg.author ?? '',
      created: Date.parse(cfg.created),
      architecture: cfg.architecture,
      os: cfg.os,
      config: cfg.config,
      layers: cfg.rootfs.diff_ids,
      history,
      size: layers.reduce((n, l) => n + l.size, 0),
      source: 'pull',
      lastTagTime: null,
    };
    return { image, layers, digest };
  } catch {
    return null;
  }
}
