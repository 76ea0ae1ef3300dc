/**
 * The World: every bit of simulator state as plain serialisable data (JSON/structuredClone).
 * Hosts are a list so that swarm can add nodes; hosts[0] is the learner's machine.
 */
import { createRng, nextHex, type RngState } from './rng';
import { defaultEngineInfo, type EngineInfo } from './engine-info';
import type { ContainerRecord } from '../containers/types';
import type { ImageRecord, LayerRecord } from '../images/types';
import type { NetworkRecord } from '../networks/types';
import type { VolumeRecord } from '../volumes/types';
import type { EngineEvent } from './events';

export const WORLD_VERSION = 1;
/** 2026-01-15T09:00:00Z, the simulated "now" of a fresh world. */
export const DEFAULT_START = Date.UTC(2026, 0, 15, 9, 0, 0);

export interface HostState {
  name: string;
  info: EngineInfo;
  /** Images by id. */
  images: Record<string, ImageRecord>;
  /** Normalised reference (`docker.io/library/nginx:latest`, `…@sha256:…`) → image id. */
  refs: Record<string, string>;
  /** Layers by diff id, shared between images. */
  layers: Record<string, LayerRecord>;
  /** Containers by id, in creation order. */
  containers: Record<string, ContainerRecord>;
  /** Networks by id, in creation order. */
  networks: Record<string, NetworkRecord>;
  /** Volumes by name, in creation order. */
  volumes: Record<string, VolumeRecord>;
  /** Next pid handed to a container process. */
  nextPid: number;
  /** Engine-wide extension data (swarm, registry…), keyed by feature. */
  ext: Record<string, unknown>;
}

export interface World {
  version: number;
  /** Simulated ms since epoch. */
  clock: number;
  rng: RngState;
  /** Monotonic counter for ordering (events). */
  seq: number;
  hosts: HostState[];
  events: EngineEvent[];
  /** Events dropped by the cap (oldest first). */
  eventsDropped: number;
  /** World-wide extension data (what the simulated Internet holds: the learner's pushes…), keyed by feature. */
  ext?: Record<string, unknown>;
}

export interface WorldOptions {
  seed?: number;
  start?: number;
  hostname?: string;
}

export function createWorld(opts: WorldOptions = {}): World {
  const world: World = {
    version: WORLD_VERSION,
    clock: opts.start ?? DEFAULT_START,
    rng: createRng(opts.seed ?? 0x5eed),
    seq: 0,
    hosts: [],
    events: [],
    eventsDropped: 0,
  };
  addHost(world, opts.hostname ?? 'dockerlings');
  return world;
}

/** Add an empty Docker host (no networks yet: see networks/defaults.ts). */
export function addHost(world: World, name: string): HostState {
  const h = nextHex(world.rng, 32);
  const daemonId = `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  const host: HostState = {
    name,
    info: defaultEngineInfo(name, daemonId),
    images: {},
    refs: {},
    layers: {},
    containers: {},
    networks: {},
    volumes: {},
    nextPid: 1000,
    ext: {},
  };
  world.hosts.push(host);
  return host;
}

/** A deep copy of the world, safe to keep as an undo point (a JSON round trip: the world is JSON). */
export function snapshot(world: World): World {
  return JSON.parse(JSON.stringify(world)) as World;
}

/** The world a snapshot (or its JSON) describes. */
export function restore(data: World | string): World {
  const world = typeof data === 'string' ? (JSON.parse(data) as World) : snapshot(data);
  if (world.version !== WORLD_VERSION) throw new Error(`unsupported world version ${String(world.version)}`);
  return world;
}
