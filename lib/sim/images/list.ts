/** docker images / image ls: summaries with docker's filters, newest first. */
import { hostOf, type Engine } from '../core/engine';
import { invalid } from '../core/errors';
import { matchLabels } from '../networks/manage';
import { familiarName, familiarString, parseReference } from './reference';
import { familiarRefs, resolveImage } from './store';
import type { HostState } from '../core/world';
import type { ImageRecord } from './types';
import { containerList } from '../containers/container-list';
import { sortSmall } from '../core/small-sort';
import { sortNames } from '../fs/sort-names';

export interface ImageSummary {
  id: string;
  parentId: string;
  repoTags: string[];
  repoDigests: string[];
  created: number;
  size: number;
  /** Bytes shared with other images (layers used by more than one image). */
  sharedSize: number;
  labels: Record<string, string>;
  /** Containers (any state) using the image. */
  containers: number;
  image: ImageRecord;
}

export interface ImageFilters {
  dangling?: boolean;
  /** `reference=` patterns (path.Match globs against `repo` and `repo:tag`). */
  reference?: string[];
  before?: string;
  since?: string;
  label?: string[];
  until?: number;
}

/** Go's path.Match for the subset docker filters use (`*`, `?`, `[..]`; `*` stops at `/`). */
export function globMatch(pattern: string, s: string): boolean {
  let re = '^';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      if (end < 0) return false;
      re += '[' + pattern.slice(i + 1, end).replace(/^!/, '^') + ']';
      i = end;
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(re + '$').test(s);
}

export function listImages(eng: Engine, o: { all?: boolean; filters?: ImageFilters } = {}): ImageSummary[] {
  const host = hostOf(eng);
  const f = o.filters ?? {};
  const before = f.before ? resolveImage(eng, f.before).created : undefined;
  const since = f.since ? resolveImage(eng, f.since).created : undefined;
  const images = Object.values(host.images);
  // What each image row needs from the other records, gathered in one pass each (not one per image).
  const layerUse = new Map<string, number>();
  const parents = new Set<string>();
  for (const img of images) {
    for (const l of img.layers) layerUse.set(l, (layerUse.get(l) ?? 0) + 1);
    if (img.parent) parents.add(img.parent);
  }
  const refs = refsByImage(host);
  const users = new Map<string, number>();
  for (const c of containerList(host)) users.set(c.imageId, (users.get(c.imageId) ?? 0) + 1);
  const out: ImageSummary[] = [];
  for (const img of images) {
    const keys = refs.get(img.id) ?? NO_REFS;
    const tags = familiarRefs(keys, false);
    const dangling = tags.length === 0;
    const hasChildren = parents.has(img.id);
    if (!o.all && dangling && hasChildren && f.dangling === undefined) continue;
    if (f.dangling !== undefined && (dangling && !hasChildren) !== f.dangling) continue;
    if (before !== undefined && img.created >= before) continue;
    if (since !== undefined && img.created <= since) continue;
    if (f.until !== undefined && img.created >= f.until) continue;
    if (f.label && !matchLabels(img.config.Labels ?? {}, f.label)) continue;
    let shownTags = tags;
    let shownDigests = familiarRefs(keys, true);
    if (f.reference && f.reference.length > 0) {
      // The daemon keeps only the references a pattern matches (reference.FamiliarMatch).
      const patterns = f.reference;
      const matching = keys.map((k) => parseReference(k)).filter((r) => patterns.some((p) => globMatch(p, familiarString(r)) || globMatch(p, familiarName(r))));
      if (matching.length === 0) continue;
      shownTags = matching.filter((r) => !r.digest).map(familiarString);
      shownDigests = matching.filter((r) => r.digest).map(familiarString);
    }
    out.push({
      id: img.id,
      parentId: img.parent,
      repoTags: shownTags,
      repoDigests: shownDigests,
      created: img.created,
      size: img.size,
      sharedSize: img.layers.filter((l) => (layerUse.get(l) ?? 0) > 1).reduce((n, l) => n + (host.layers[l]?.size ?? 0), 0),
      labels: img.config.Labels ?? {},
      containers: users.get(img.id) ?? 0,
      image: img,
    });
  }
  return sortSmall(out, newestFirst);
}

const NO_REFS: readonly string[] = [];

const newestFirst = (a: ImageSummary, b: ImageSummary) => b.created - a.created || (a.id < b.id ? -1 : 1);

/** The reference store's keys per image id, each list in refsOf's order (sorted). */
function refsByImage(host: HostState): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k in host.refs) {
    const id = host.refs[k]!;
    const list = out.get(id);
    if (list) list.push(k);
    else out.set(id, [k]);
  }
  for (const list of out.values()) if (list.length > 1) sortNames(list);
  return out;
}

/** Parse `--filter key=value` strings into ImageFilters, with docker's error for unknown keys. */
export function parseImageFilters(raw: readonly string[]): ImageFilters {
  const f: ImageFilters = {};
  for (const item of raw) {
    const i = item.indexOf('=');
    if (i < 0) throw invalid(`bad format of filter (expected name=value)`);
    const [k, v] = [item.slice(0, i), item.slice(i + 1)];
    if (k === 'dangling') {
      if (v !== 'true' && v !== 'false' && v !== '1' && v !== '0') throw invalid(`invalid filter 'dangling=[${v}]'`);
      f.dangling = v === 'true' || v === '1';
    } else if (k === 'reference') (f.reference ??= []).push(v);
    else if (k === 'label') (f.label ??= []).push(v);
    else if (k === 'before') f.before = v;
    else if (k === 'since') f.since = v;
    else throw invalid(`invalid filter '${k}'`);
  }
  return f;
}
