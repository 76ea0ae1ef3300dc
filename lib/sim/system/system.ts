/**
 * System-wide data: docker info counts, docker system df (with reclaimable space), docker
 * system prune, and object lookup for `docker inspect` without --type.
 */
import { hostOf, type Engine } from '../core/engine';
import type { EngineInfo } from '../core/engine-info';
import { layerSize } from '../fs/overlay-data';
import { findContainer } from '../containers/names';
import { pruneContainers } from '../containers/manage';
import type { ContainerRecord } from '../containers/types';
import { listImages } from '../images/list';
import { pruneImages, type DeleteRecord } from '../images/remove';
import { findImage } from '../images/store';
import type { ImageRecord } from '../images/types';
import { findNetwork, pruneNetworks } from '../networks/manage';
import type { NetworkRecord } from '../networks/types';
import { pruneVolumes, volumeSize, volumeUsers } from '../volumes/volumes';
import type { VolumeRecord } from '../volumes/types';

export interface SystemInfo extends EngineInfo {
  containers: number;
  running: number;
  paused: number;
  stopped: number;
  images: number;
  /** Simulated "now" (SystemTime). */
  systemTime: number;
  swarm: unknown;
}

export function systemInfo(eng: Engine): SystemInfo {
  const host = hostOf(eng);
  const cs = Object.values(host.containers);
  const running = cs.filter((c) => c.state.Running && !c.state.Paused).length;
  const paused = cs.filter((c) => c.state.Paused).length;
  return { ...host.info, containers: cs.length, running, paused, stopped: cs.length - running - paused, images: Object.keys(host.images).length, systemTime: eng.world.clock, swarm: host.ext['swarm'] ?? null };
}

export interface DiskUsage {
  images: { total: number; active: number; size: number; reclaimable: number; items: ReturnType<typeof listImages> };
  containers: { total: number; active: number; size: number; reclaimable: number; items: Array<{ container: ContainerRecord; sizeRw: number }> };
  volumes: { total: number; active: number; size: number; reclaimable: number; items: Array<{ volume: VolumeRecord; size: number; links: number }> };
  buildCache: { total: number; active: number; size: number; reclaimable: number };
}

export function diskUsage(eng: Engine): DiskUsage {
  const host = hostOf(eng);
  const images = listImages(eng, { all: true });
  const usedImages = new Set(Object.values(host.containers).map((c) => c.imageId));
  const activeLayers = new Set(images.filter((i) => usedImages.has(i.id)).flatMap((i) => i.image.layers));
  const allLayers = new Set(images.flatMap((i) => i.image.layers));
  const size = (ids: Iterable<string>) => [...ids].reduce((n, id) => n + (host.layers[id]?.size ?? 0), 0);
  const imgSize = size(allLayers);
  const containers = Object.values(host.containers).map((c) => ({ container: c, sizeRw: layerSize(c.upper) }));
  const volumes = Object.values(host.volumes).map((v) => ({ volume: v, size: volumeSize(v), links: volumeUsers(host, v.name).length }));
  const extra = (eng.rt.contributors ?? []).map((x) => x.diskUsage(eng));
  const buildCache = extra.reduce((a, u) => ({ total: a.total + u.total, active: a.active + u.active, size: a.size + u.size, reclaimable: a.reclaimable + u.reclaimable }), { total: 0, active: 0, size: 0, reclaimable: 0 });
  return {
    images: { total: images.length, active: images.filter((i) => usedImages.has(i.id)).length, size: imgSize, reclaimable: imgSize - size(activeLayers), items: images },
    containers: {
      total: containers.length,
      active: containers.filter((c) => c.container.state.Running).length,
      size: containers.reduce((n, c) => n + c.sizeRw, 0),
      reclaimable: containers.filter((c) => !c.container.state.Running).reduce((n, c) => n + c.sizeRw, 0),
      items: containers,
    },
    volumes: {
      total: volumes.length,
      active: volumes.filter((v) => v.links > 0).length,
      size: volumes.reduce((n, v) => n + v.size, 0),
      reclaimable: volumes.filter((v) => v.links === 0).reduce((n, v) => n + v.size, 0),
      items: volumes,
    },
    buildCache,
  };
}

export interface SystemPruneResult {
  containers: string[];
  networks: string[];
  volumes: string[];
  images: DeleteRecord[];
  /** Bytes the contributors (build cache…) reclaimed. */
  buildCache: number;
  reclaimed: number;
}

/** docker system prune [-a] [--volumes]: stopped containers, unused networks, dangling (or unused) images, anonymous volumes, then the contributors (build cache). */
export function systemPrune(eng: Engine, o: { all?: boolean; volumes?: boolean } = {}): SystemPruneResult {
  const c = pruneContainers(eng);
  const networks = pruneNetworks(eng);
  const v = o.volumes ? pruneVolumes(eng) : { removed: [], reclaimed: 0 };
  const i = pruneImages(eng, { all: o.all ?? false });
  const buildCache = (eng.rt.contributors ?? []).reduce((n, x) => n + x.prune(eng, { all: o.all ?? false }), 0);
  return { containers: c.removed, networks, volumes: v.removed, images: i.deleted, buildCache, reclaimed: c.reclaimed + v.reclaimed + i.reclaimed + buildCache };
}

export type AnyObject =
  | { type: 'container'; object: ContainerRecord }
  | { type: 'image'; object: ImageRecord }
  | { type: 'network'; object: NetworkRecord }
  | { type: 'volume'; object: VolumeRecord };

/** docker inspect without --type: container, then image, network, volume (first match). */
export function findAnyObject(eng: Engine, term: string, type?: AnyObject['type']): AnyObject | null {
  const host = hostOf(eng);
  const tryIt = <T>(fn: () => T | undefined): T | undefined => {
    try {
      return fn();
    } catch {
      return undefined;
    }
  };
  if (!type || type === 'container') {
    const c = tryIt(() => findContainer(host, term));
    if (c) return { type: 'container', object: c };
  }
  if (!type || type === 'image') {
    const i = tryIt(() => findImage(eng, term));
    if (i) return { type: 'image', object: i };
  }
  if (!type || type === 'network') {
    const n = tryIt(() => findNetwork(host, term));
    if (n) return { type: 'network', object: n };
  }
  if (!type || type === 'volume') {
    const v = host.volumes[term];
    if (v) return { type: 'volume', object: v };
  }
  return null;
}
