/**
 * Image store records. Field names inside `config` follow the Docker API (PascalCase) so that
 * `docker image inspect` is a mapping, not a translation. Times are simulated ms since epoch;
 * durations inside Healthcheck are nanoseconds, as in the API.
 */
import type { LayerData } from '../fs/overlay-data';

export interface HealthConfig {
  /** ["NONE"], ["CMD", ...argv], ["CMD-SHELL", "script"]. */
  Test: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export interface ImageConfig {
  User: string;
  ExposedPorts: Record<string, Record<string, never>> | null;
  Env: string[];
  Entrypoint: string[] | null;
  Cmd: string[] | null;
  Volumes: Record<string, Record<string, never>> | null;
  WorkingDir: string;
  Labels: Record<string, string> | null;
  StopSignal?: string;
  Healthcheck?: HealthConfig;
  OnBuild: string[] | null;
}

export interface HistoryEntry {
  created: number;
  createdBy: string;
  /** Bytes the step added (0 for metadata-only steps). */
  size: number;
  comment: string;
  emptyLayer: boolean;
}

/** What a layer holds: a catalog root filesystem (built on demand, shared), or real data. */
export type LayerContent = { kind: 'catalog'; key: string } | { kind: 'data'; data: LayerData } | { kind: 'empty' };

export interface LayerRecord {
  /** Uncompressed diff id, `sha256:<64hex>`. */
  id: string;
  /** Registry blob digest of the compressed layer, `sha256:<64hex>`. */
  blob: string;
  size: number;
  compressedSize: number;
  content: LayerContent;
}

export type ImageSource = 'pull' | 'commit' | 'load' | 'import' | 'build';

export interface ImageRecord {
  /** `sha256:<64hex>` */
  id: string;
  /** Parent image id ('' when none; set for committed and built images). */
  parent: string;
  comment: string;
  author: string;
  created: number;
  architecture: string;
  os: string;
  config: ImageConfig;
  /** Diff ids, bottom first (keys of HostState.layers). */
  layers: string[];
  history: HistoryEntry[];
  /** Uncompressed size in bytes. */
  size: number;
  source: ImageSource;
  /** Catalog repository + tag this image came from, when pulled from the simulated Hub. */
  catalog?: { repository: string; tag: string };
  /** Last time a tag was added (for `docker image inspect` Metadata.LastTagTime). */
  lastTagTime: number | null;
}
