/**
 * The simulated Docker Hub (and other registries): data describing real images closely enough
 * for pulls, `docker images`, `history`, `inspect` and the container's filesystem.
 */
import type { ImageConfig } from '../types';

/** A layer: its uncompressed size, optionally shared with other images (`docker pull` then says "Already exists"). */
export interface CatalogLayer {
  size: number;
  /** Layers with the same share key are the same layer (same ids) across images. */
  share?: string;
  /** Root filesystem content this layer contributes (see images/rootfs). */
  rootfs?: string;
  /** Dockerfile step that made it (history). */
  createdBy: string;
}

export interface CatalogImage {
  /** Every tag that points at this image; the first is the canonical one. */
  tags: string[];
  /** ISO date the image was built. */
  created: string;
  layers: CatalogLayer[];
  /** Overrides of the family's config (merged shallowly; Env replaces). */
  config?: Partial<ImageConfig>;
  /** Metadata-only history steps after the layers (ENV, EXPOSE, CMD…). Derived from config when absent. */
  trailer?: string[];
}

export interface CatalogFamily {
  /** Full repository name, e.g. `docker.io/library/nginx`. */
  repository: string;
  config: ImageConfig;
  images: CatalogImage[];
  /**
   * Tags accepted beyond the listed ones (e.g. any `8.x.y` of Elasticsearch), each served as a copy of
   * the image with tag `like` but its own ids; `versionLabels` are set to the tag asked for (the
   * version the image says it is).
   */
  tagPatterns?: Array<{ pattern: RegExp; like: string; versionLabels?: string[] }>;
  /** Shown nowhere by the engine; documents catalog decisions (deprecated names…). */
  note?: string;
}

export const PATH_DEFAULT = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function baseConfig(over: Partial<ImageConfig> = {}): ImageConfig {
  return {
    User: '',
    ExposedPorts: null,
    Env: [PATH_DEFAULT],
    Entrypoint: null,
    Cmd: null,
    Volumes: null,
    WorkingDir: '',
    Labels: null,
    OnBuild: null,
    ...over,
  };
}

export function ports(...specs: string[]): Record<string, Record<string, never>> {
  const out: Record<string, Record<string, never>> = {};
  for (const s of specs) out[s.includes('/') ? s : `${s}/tcp`] = {};
  return out;
}

export function volumes(...paths: string[]): Record<string, Record<string, never>> {
  const out: Record<string, Record<string, never>> = {};
  for (const p of paths) out[p] = {};
  return out;
}

export const MB = 1_000_000;
export const KB = 1_000;
export const GB = 1_000_000_000;
