/** docker diff: the container layer's changes against the image (A added, C changed, D deleted). */
import { hostOf, type Engine } from '../core/engine';
import { OverlayFs } from '../fs/overlay';
import { layerSize } from '../fs/overlay-data';
import { imageLayers } from '../images/store';
import { requireContainer } from './names';

export interface Change {
  kind: 'A' | 'C' | 'D';
  path: string;
}

export function containerDiff(eng: Engine, term: string): Change[] {
  const c = requireContainer(eng, term);
  const host = hostOf(eng);
  const image = host.images[c.imageId];
  const lower = new OverlayFs(image ? imageLayers(host, image) : [], { writable: false, now: () => 0 });
  return Object.keys(c.upper.entries)
    .sort()
    .map((path): Change => {
      if (c.upper.entries[path]!.t === 'w') return { kind: 'D', path };
      return { kind: lower.lstat(path) ? 'C' : 'A', path };
    });
}

/** Bytes in the container's writable layer (`docker ps -s`: SizeRw). */
export function containerSizeRw(eng: Engine, term: string): number {
  return layerSize(requireContainer(eng, term).upper);
}
