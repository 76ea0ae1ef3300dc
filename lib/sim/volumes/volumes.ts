/**
 * Volumes: named and anonymous, driver local. Contents live in the volume record (plain data)
 * and are shared by every container that mounts it; Mountpoint is where dockerd would keep them.
 */
import { hostOf, newId, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { conflict, EngineError, invalid, notFound } from '../core/errors';
import type { HostState } from '../core/world';
import { OverlayFs } from '../fs/overlay';
import type { FileSystem } from '../fs/types';
import type { VolumeRecord } from './types';

export interface VolumeCreateOptions {
  name?: string;
  driver?: string;
  labels?: Record<string, string>;
  options?: Record<string, string>;
}

const VALID_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export function mountpoint(name: string): string {
  return `/var/lib/docker/volumes/${name}/_data`;
}

/** docker volume create; creating an existing volume returns it unchanged (as docker does). */
export function createVolume(eng: Engine, o: VolumeCreateOptions = {}, anonymous = false): VolumeRecord {
  const host = hostOf(eng);
  const name = o.name ?? newId(eng);
  if (!VALID_NAME.test(name)) {
    throw invalid(`create ${name}: "${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`);
  }
  const driver = o.driver ?? 'local';
  const existing = host.volumes[name];
  if (existing) {
    if (existing.driver !== driver) throw conflict(`create ${name}: volume name must be unique`);
    return existing;
  }
  if (driver !== 'local') throw notFound(`create ${name}: error looking up volume plugin ${driver}: plugin "${driver}" not found`);
  const vol: VolumeRecord = {
    name,
    driver,
    created: eng.world.clock,
    labels: anonymous ? { 'com.docker.volume.anonymous': '' } : { ...(o.labels ?? {}) },
    options: { ...(o.options ?? {}) },
    anonymous,
    // The volume's _data directory, made by the local driver as root with mode 755 when created.
    data: { entries: { '/': { t: 'd', mode: 0o755, uid: 0, gid: 0, mtime: eng.world.clock } } },
    initialized: false,
  };
  host.volumes[name] = vol;
  emit(eng.world, eng.host, 'volume', 'create', name, { driver });
  return vol;
}

export function listVolumes(eng: Engine): VolumeRecord[] {
  return Object.values(hostOf(eng).volumes);
}

export function requireVolume(eng: Engine, name: string, op = 'get'): VolumeRecord {
  const vol = hostOf(eng).volumes[name];
  if (!vol) throw notFound(`${op === 'get' ? 'get' : op} ${name}: no such volume`);
  return vol;
}

/** Ids of containers (any state) that mount the volume. */
export function volumeUsers(host: HostState, name: string): string[] {
  return Object.values(host.containers)
    .filter((c) => c.mounts.some((m) => m.Type === 'volume' && m.Name === name))
    .map((c) => c.id);
}

export function removeVolume(eng: Engine, name: string, force = false): void {
  const host = hostOf(eng);
  if (!host.volumes[name]) {
    if (force) return;
    throw notFound(`get ${name}: no such volume`);
  }
  const users = volumeUsers(host, name);
  if (users.length > 0) throw new EngineError('conflict', `remove ${name}: volume is in use - [${users.join(', ')}]`);
  delete host.volumes[name];
  emit(eng.world, eng.host, 'volume', 'destroy', name, { driver: 'local' });
}

/**
 * docker volume prune. Since Docker 23 (API 1.42) it removes only anonymous volumes unless
 * `all` (`-a`) is given; named volumes survive a plain prune.
 */
export function pruneVolumes(eng: Engine, opts: { all?: boolean; labels?: string[] } = {}): { removed: string[]; reclaimed: number } {
  const host = hostOf(eng);
  const removed: string[] = [];
  let reclaimed = 0;
  for (const vol of Object.values(host.volumes)) {
    if (!opts.all && !vol.anonymous) continue;
    if (volumeUsers(host, vol.name).length > 0) continue;
    if (opts.labels && !opts.labels.every((l) => labelMatch(vol.labels, l))) continue;
    reclaimed += volumeSize(vol);
    removeVolume(eng, vol.name);
    removed.push(vol.name);
  }
  return { removed, reclaimed };
}

function labelMatch(labels: Record<string, string>, f: string): boolean {
  const neg = f.startsWith('!');
  const [k, v] = (neg ? f.slice(1) : f).split('=', 2) as [string, string | undefined];
  const hit = v === undefined ? k in labels : labels[k] === v;
  return neg ? !hit : hit;
}

export function volumeSize(vol: VolumeRecord): number {
  let n = 0;
  for (const e of Object.values(vol.data.entries)) if (e.t === 'f') n += e.size ?? e.data?.length ?? 0;
  return n;
}

/** The volume's contents as a filesystem (what a container sees at the mount target). */
export function volumeFs(eng: Engine, vol: VolumeRecord): FileSystem {
  return new OverlayFs([vol.data], { writable: true, now: () => eng.world.clock });
}
