/**
 * docker save / load (an OCI image layout inside the shell's archive format, so `tar -tf` lists
 * blobs/, index.json, manifest.json…) and docker export / import (a container's filesystem).
 * The CLI writes the returned text to `-o FILE` or stdout and reads it back for load/import.
 */
import { utf8Length } from '../fs/node';
import { hostOf, newId, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { EngineError, notFound } from '../core/errors';
import { collectEntries, decodeArchive, encodeArchive, type ArchiveEntry } from '../fs/archive';
import { OverlayFs } from '../fs/overlay';
import { layerSize, normPath, type LayerData } from '../fs/overlay-data';
import { requireContainer } from '../containers/names';
import { familiarString, parseReference, tagNameOnly } from './reference';
import { addImage, findImage, imageLayers, repoTags, setRef } from './store';
import { applyChanges } from './commit';
import type { ImageRecord, LayerRecord } from './types';

const hex = (id: string) => id.replace(/^sha256:/, '');
const blob = (id: string) => `blobs/sha256/${hex(id)}`;
const file = (path: string, data: string, mtime: number): ArchiveEntry => ({ path, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data });
const dir = (path: string, mtime: number): ArchiveEntry => ({ path, type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime });

export function saveImages(eng: Engine, refs: readonly string[]): string {
  const host = hostOf(eng);
  const now = eng.world.clock;
  const entries: ArchiveEntry[] = [dir('blobs/', now), dir('blobs/sha256/', now)];
  const manifest: Array<{ Config: string; RepoTags: string[]; Layers: string[] }> = [];
  const repositories: Record<string, Record<string, string>> = {};
  const seen = new Set<string>();
  for (const ref of refs) {
    const img = findImage(eng, ref);
    if (!img) throw notFound('reference does not exist');
    const tags = ref.startsWith('sha256:') || /^[0-9a-f]+$/.test(ref) ? [] : repoTags(host, img.id).filter((t) => t === familiarString(tagNameOnly(parseReference(ref))) || !ref.includes(':'));
    if (!seen.has(img.id)) {
      seen.add(img.id);
      entries.push(file(blob(img.id), JSON.stringify(img), now));
      for (const l of img.layers) if (host.layers[l] && !entries.some((e) => e.path === blob(l))) entries.push(file(blob(l), JSON.stringify(host.layers[l]), now));
    }
    manifest.push({ Config: blob(img.id), RepoTags: tags, Layers: img.layers.map(blob) });
    for (const t of tags) {
      const i = t.lastIndexOf(':');
      (repositories[t.slice(0, i)] ??= {})[t.slice(i + 1)] = hex(img.id);
    }
  }
  entries.push(file('index.json', JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests: manifest.map((m) => ({ mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: `sha256:${m.Config.slice(13)}`, annotations: m.RepoTags[0] ? { 'io.containerd.image.name': m.RepoTags[0] } : {} })) }), now));
  entries.push(file('manifest.json', JSON.stringify(manifest), now));
  entries.push(file('oci-layout', '{"imageLayoutVersion":"1.0.0"}', now));
  entries.push(file('repositories', JSON.stringify(repositories), now));
  for (const r of refs) emit(eng.world, eng.host, 'image', 'save', r, { name: r });
  return encodeArchive(entries);
}

/**
 * The size `docker save` would write for `refs`: every distinct layer as an uncompressed tar (its
 * size), 512-byte headers for it and its config, and the archive's metadata (`text`). The simulated
 * archive holds only `text`; the file carries this as its declared size so `ls -lh` shows ~190M.
 */
export function savedArchiveSize(eng: Engine, refs: readonly string[], text: string): number {
  const host = hostOf(eng);
  const layers = new Set<string>();
  for (const ref of refs) for (const l of findImage(eng, ref)?.layers ?? []) layers.add(l);
  let bytes = utf8Length(text);
  for (const l of layers) bytes += Math.ceil((host.layers[l]?.size ?? 0) / 512) * 512 + 512;
  return bytes;
}

export interface LoadResult {
  /** `Loaded image: nginx:latest` or, untagged, `Loaded image ID: sha256:…`. */
  loaded: Array<{ ref: string } | { id: string }>;
}

export function loadImages(eng: Engine, text: string): LoadResult {
  const entries = decodeArchive(text);
  if (!entries) throw new EngineError('unknown', 'archive/tar: invalid tar header');
  const get = (p: string) => entries.find((e) => e.path === p)?.data;
  const manifestText = get('manifest.json');
  if (manifestText === undefined) throw new EngineError('unknown', 'open /var/lib/docker/tmp/docker-import-3407516962/repositories: no such file or directory');
  const manifest = JSON.parse(manifestText) as Array<{ Config: string; RepoTags: string[] | null; Layers: string[] }>;
  const out: LoadResult = { loaded: [] };
  for (const m of manifest) {
    const img = JSON.parse(get(m.Config) ?? 'null') as ImageRecord | null;
    if (!img) throw new EngineError('unknown', `open ${m.Config}: no such file or directory`);
    const layers = m.Layers.map((l) => JSON.parse(get(l) ?? 'null') as LayerRecord | null).filter((l): l is LayerRecord => l !== null);
    addImage(eng, { ...img, source: 'load' }, layers);
    for (const t of m.RepoTags ?? []) {
      setRef(eng, tagNameOnly(parseReference(t)), img.id);
      out.loaded.push({ ref: t });
    }
    if (!m.RepoTags?.length) out.loaded.push({ id: img.id });
    emit(eng.world, eng.host, 'image', 'load', img.id, { name: img.id });
  }
  return out;
}

/** docker export: the container's root filesystem (volumes and other mounts excluded). */
export function exportContainer(eng: Engine, term: string): string {
  const host = hostOf(eng);
  const c = requireContainer(eng, term);
  const image = host.images[c.imageId];
  const rootOnly = new OverlayFs([c.upper, ...(image ? imageLayers(host, image) : [])], { writable: false, now: () => eng.world.clock });
  const entries: ArchiveEntry[] = [];
  for (const name of rootOnly.readdir('/')) collectEntries(rootOnly, `/${name}`, name, entries);
  emit(eng.world, eng.host, 'container', 'export', c.id, { image: c.config.Image, name: c.name });
  return encodeArchive(entries);
}

/** docker import: a filesystem archive becomes a one-layer image. */
export function importImage(eng: Engine, text: string, o: { reference?: string; message?: string; changes?: string[] } = {}): ImageRecord {
  const entries = decodeArchive(text);
  if (!entries) throw new EngineError('unknown', 'archive/tar: invalid tar header');
  const data: LayerData = { entries: {} };
  for (const e of entries) {
    const p = normPath('/' + e.path);
    if (p === '/') continue;
    data.entries[p] = e.type === 'dir' ? { t: 'd', mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime } : e.type === 'symlink' ? { t: 'l', mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime, target: e.target ?? '' } : { t: 'f', mode: e.mode, uid: e.uid, gid: e.gid, mtime: e.mtime, data: e.data ?? '' };
  }
  const size = layerSize(data);
  const layer: LayerRecord = { id: `sha256:${newId(eng)}`, blob: `sha256:${newId(eng)}`, size, compressedSize: Math.round(size / 2), content: { kind: 'data', data } };
  const now = eng.world.clock;
  const config = applyChanges({ User: '', ExposedPorts: null, Env: [], Entrypoint: null, Cmd: null, Volumes: null, WorkingDir: '', Labels: null, OnBuild: null }, o.changes ?? []);
  const image: ImageRecord = { id: `sha256:${newId(eng)}`, parent: '', comment: o.message ?? 'Imported from -', author: '', created: now, architecture: 'amd64', os: 'linux', config, layers: [layer.id], history: [{ created: now, createdBy: '', size, comment: o.message ?? 'Imported from -', emptyLayer: false }], size, source: 'import', lastTagTime: null };
  const stored = addImage(eng, image, [layer]);
  if (o.reference) setRef(eng, tagNameOnly(parseReference(o.reference)), image.id);
  emit(eng.world, eng.host, 'image', 'import', image.id, { name: image.id });
  return stored;
}
