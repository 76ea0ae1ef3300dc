import type { LayerData } from '../fs/overlay-data';

export interface VolumeRecord {
  name: string;
  driver: string;
  created: number;
  labels: Record<string, string>;
  options: Record<string, string>;
  /** Created for a container without a name (`-v /data`, image VOLUME): removed by `prune`, `rm -v`. */
  anonymous: boolean;
  /** Contents; shared by every container that mounts the volume. */
  data: LayerData;
  /** Whether the first mount has copied the image content in yet (copy-up happens once). */
  initialized: boolean;
}
