/** What the tzdata package (apk or apt) puts on a machine: one file per known zone, plus `UTC`. */
import type { FileSystem } from './types';
import { ZONE_NAMES, ZONEINFO_DIR, zoneFile } from './zoneinfo';

export function installZoneinfo(fs: FileSystem): void {
  for (const name of ZONE_NAMES) {
    const path = `${ZONEINFO_DIR}/${name}`;
    fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    fs.writeFile(path, zoneFile(name), { mode: 0o644 });
  }
}

export function removeZoneinfo(fs: FileSystem): void {
  fs.rm(ZONEINFO_DIR, { recursive: true, force: true });
}
