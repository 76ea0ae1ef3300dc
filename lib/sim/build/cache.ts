/**
 * The build cache of a host (BuildKit's cache records), kept in `HostState.ext.build` as plain
 * data: one record per executed step keyed by its cache key (the step's layer diff and when it
 * was made), cache mounts (`RUN --mount=type=cache`), and what each context last transferred.
 * `docker builder prune` and `docker system df` read and trim it.
 */
import { hostOf, type Engine } from '../core/engine';
import { nextU32 } from '../core/rng';
import { layerSize, type LayerData } from '../fs/overlay-data';

/** BuildKit record types, as `docker buildx du --verbose` shows them. */
export type CacheRecordType = 'regular' | 'source.local' | 'exec.cachemount' | 'internal' | 'frontend';

export interface CacheRecord {
  /** 25-character record id (`docker builder prune` lists it). */
  id: string;
  key: string;
  type: CacheRecordType;
  description: string;
  /** The filesystem change the step made (null for records without content). */
  layer: LayerData | null;
  size: number;
  createdAt: number;
  lastUsedAt: number;
  usageCount: number;
  /** Mutable records (cache mounts) are listed with a `*`. */
  mutable: boolean;
}

export interface BuildState {
  records: Record<string, CacheRecord>;
  /** Cache mount id → its contents. */
  mounts: Record<string, { record: string; data: LayerData }>;
  /** Context key → path → content digest, for the size of what a transfer sends. */
  contexts: Record<string, Record<string, string>>;
}

export function buildState(eng: Engine): BuildState {
  const host = hostOf(eng);
  const st = host.ext['build'] as BuildState | undefined;
  if (st) return st;
  const fresh: BuildState = { records: {}, mounts: {}, contexts: {} };
  host.ext['build'] = fresh;
  return fresh;
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/** A BuildKit identity.NewID()-like id (25 base36 characters) from the world's rng. */
export function newRecordId(eng: Engine): string {
  let out = '';
  while (out.length < 25) out += BASE36[nextU32(eng.world.rng) % 36];
  return out;
}

export function lookup(eng: Engine, key: string): CacheRecord | undefined {
  return buildState(eng).records[key];
}

/** Mark a record used now. */
export function touch(eng: Engine, rec: CacheRecord): void {
  rec.lastUsedAt = eng.world.clock;
  rec.usageCount++;
}

export function store(eng: Engine, key: string, type: CacheRecordType, description: string, layer: LayerData | null, size = layer ? layerSize(layer) : 0): CacheRecord {
  const st = buildState(eng);
  const now = eng.world.clock;
  const old = st.records[key];
  const rec: CacheRecord = { id: old?.id ?? newRecordId(eng), key, type, description, layer, size, createdAt: now, lastUsedAt: now, usageCount: 1, mutable: type === 'exec.cachemount' };
  delete st.records[key];
  st.records[key] = rec;
  return rec;
}

/** A cache mount's contents (created empty on first use). */
export function cacheMount(eng: Engine, id: string): LayerData {
  const st = buildState(eng);
  const existing = st.mounts[id];
  if (existing && st.records[existing.record]) return existing.data;
  const data: LayerData = { entries: {} };
  const key = `cachemount:${id}`;
  store(eng, key, 'exec.cachemount', `cached mount ${id}`, data, 0);
  st.mounts[id] = { record: key, data };
  return data;
}

/** Refresh sizes of cache mounts after a RUN wrote to them. */
export function syncMountSizes(eng: Engine): void {
  const st = buildState(eng);
  for (const m of Object.values(st.mounts)) {
    const rec = st.records[m.record];
    if (rec) {
      rec.size = layerSize(m.data);
      rec.lastUsedAt = eng.world.clock;
    }
  }
}

export function listRecords(eng: Engine): CacheRecord[] {
  return Object.values(buildState(eng).records);
}

export interface PruneOptions {
  /** `--all`: also internal and frontend records. */
  all: boolean;
  /** `--filter until=24h`: only records unused for longer (ms). */
  olderThan?: number;
}

/** Remove cache records; returns what was removed (in store order). */
export function pruneCache(eng: Engine, o: PruneOptions): CacheRecord[] {
  const st = buildState(eng);
  const now = eng.world.clock;
  const removed: CacheRecord[] = [];
  for (const [key, rec] of Object.entries(st.records)) {
    if (!o.all && (rec.type === 'internal' || rec.type === 'frontend')) continue;
    if (o.olderThan !== undefined && now - rec.lastUsedAt < o.olderThan) continue;
    removed.push(rec);
    delete st.records[key];
  }
  for (const [id, m] of Object.entries(st.mounts)) if (!st.records[m.record]) delete st.mounts[id];
  if (o.all) st.contexts = {};
  return removed;
}

/** Totals for `docker system df` (Build Cache row). */
export function cacheUsage(eng: Engine): { count: number; active: number; size: number; reclaimable: number } {
  const recs = listRecords(eng);
  const size = recs.reduce((n, r) => n + r.size, 0);
  return { count: recs.length, active: 0, size, reclaimable: size };
}
