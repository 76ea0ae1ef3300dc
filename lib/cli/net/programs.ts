/**
 * Which programs an image (plus what was installed in the container) provides, and in which
 * flavour: BusyBox applets (links to /bin/busybox, or hard links of its size) or real binaries.
 */
import { hostOf, imageLayers, type ContainerRecord, type Engine } from '../../sim/index';
import type { LayerData, LayerEntry } from '../../sim/fs/overlay-data';
import type { Flavour } from './types';

const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/**
 * The flavour of the program `name` in a stack of layers (topmost first: the container's writable
 * layer, then the image's), or null when there is none. Reads layer entries directly: building
 * the container's filesystem view for every tool would cost milliseconds per exec. BusyBox
 * applets are links to /bin/busybox (alpine) or hard links of its size (the busybox image).
 */
export function programFlavour(layers: readonly LayerData[], name: string): Flavour | null {
  const busyboxSize = entryOf(layers, '/bin/busybox')?.size;
  for (const dir of PATH_DIRS) {
    const e = entryOf(layers, `${dir}/${name}`);
    if (!e || e.t === 'w') continue;
    if (e.t === 'l') return (e.target ?? '').endsWith('busybox') ? 'busybox' : 'gnu';
    if (e.t === 'f' && (e.mode & 0o111) !== 0) return busyboxSize !== undefined && e.size === busyboxSize ? 'busybox' : 'gnu';
  }
  return null;
}

/** The topmost entry for a path (whiteouts included). */
function entryOf(layers: readonly LayerData[], path: string): LayerEntry | undefined {
  for (const layer of layers) {
    const e = layer.entries[path];
    if (e) return e;
  }
  return undefined;
}


/** The container's writable layer over its image's layers, topmost first. */
export function imageStack(eng: Engine, c: ContainerRecord): LayerData[] {
  const host = hostOf(eng);
  const image = host.images[c.imageId];
  return [c.upper, ...(image ? imageLayers(host, image) : [])];
}

/** The flavour of `name` in a container, or null when its image has no such program. */
export function containerFlavour(eng: Engine, c: ContainerRecord, name: string): Flavour | null {
  return programFlavour(imageStack(eng, c), name);
}
