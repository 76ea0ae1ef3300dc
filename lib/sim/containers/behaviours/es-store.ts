/**
 * Elasticsearch's documents, kept small: one JSON file per index under the node's data path
 * (`/usr/share/elasticsearch/data/indices/<name>.json`, so a named volume keeps them across
 * containers), each holding its uuid, creation time and documents in insertion order. Search is
 * match_all, `match`/`term` on one field, or Lucene's simple `q=field:value` / `q=value`
 * (case-insensitive word match); every hit scores 1.0.
 */
import { stableHex } from '../../core/rng';
import type { FileSystem } from '../../fs/types';

export const DATA_DIR = '/usr/share/elasticsearch/data/indices';

export interface EsIndex {
  name: string;
  uuid: string;
  created: number;
  seqNo: number;
  docs: Array<{ id: string; version: number; seqNo: number; source: Record<string, unknown> }>;
}

const file = (name: string) => `${DATA_DIR}/${name}.json`;

export function listIndices(fs: FileSystem): EsIndex[] {
  if (!fs.stat(DATA_DIR)) return [];
  return fs.readdir(DATA_DIR).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFile(`${DATA_DIR}/${f}`)) as EsIndex);
}

export function readIndex(fs: FileSystem, name: string): EsIndex | null {
  return fs.stat(file(name)) ? (JSON.parse(fs.readFile(file(name))) as EsIndex) : null;
}

export function saveIndex(fs: FileSystem, idx: EsIndex): void {
  if (!fs.stat(DATA_DIR)) fs.mkdir(DATA_DIR, { recursive: true });
  fs.writeFile(file(idx.name), JSON.stringify(idx));
}

export function newIndex(name: string, now: number, salt: string): EsIndex {
  return { name, uuid: base64Id(`${salt}/${name}`, 22), created: now, seqNo: 0, docs: [] };
}

/** ES ids look like URL-safe base64 (20 characters for auto-generated document ids). */
export function base64Id(seed: string, chars: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  return stableHex(seed, chars * 2).match(/../g)!.slice(0, chars).map((h) => alphabet[parseInt(h, 16) % 64]).join('');
}

/** Put a document; returns whether it was created (else updated) and its new version. */
export function putDoc(idx: EsIndex, id: string, source: Record<string, unknown>): { created: boolean; version: number; seqNo: number } {
  const seqNo = idx.seqNo++;
  const old = idx.docs.find((d) => d.id === id);
  if (old) {
    Object.assign(old, { version: old.version + 1, seqNo, source });
    return { created: false, version: old.version, seqNo };
  }
  idx.docs.push({ id, version: 1, seqNo, source });
  return { created: true, version: 1, seqNo };
}

/** Index names matching an expression (`a,b`, `logs-*`, `_all`, `*`). */
export function resolveIndices(fs: FileSystem, expr: string): { names: string[]; missing: string | null } {
  const all = listIndices(fs).map((i) => i.name);
  const names = new Set<string>();
  for (const part of expr.split(',')) {
    if (part === '_all' || part === '*') all.forEach((n) => names.add(n));
    else if (part.includes('*')) {
      const re = new RegExp(`^${part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      all.filter((n) => re.test(n)).forEach((n) => names.add(n));
    } else if (all.includes(part)) names.add(part);
    else return { names: [], missing: part };
  }
  return { names: [...names].sort(), missing: null };
}

export type EsQuery = { all: true } | { field: string | null; value: string };

function words(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.flatMap(words);
  if (typeof v === 'object') return Object.values(v).flatMap(words);
  return String(v).toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
}

function fieldValue(source: Record<string, unknown>, path: string): unknown {
  if (path in source) return source[path];
  return path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), source);
}

export function matches(source: Record<string, unknown>, q: EsQuery): boolean {
  if ('all' in q) return true;
  const wanted = words(q.value);
  const have = new Set(q.field === null || q.field === '*' ? words(source) : words(fieldValue(source, q.field)));
  return wanted.length > 0 && wanted.some((w) => have.has(w));
}

/** `q=` of the URI search: `field:value`, `value`, `*`. */
export function parseQ(q: string): EsQuery {
  if (q === '*' || q === '*:*') return { all: true };
  const m = /^([\w.@-]+):(.*)$/.exec(q);
  const unquote = (s: string) => s.replace(/^"(.*)"$/, '$1');
  return m ? { field: m[1]!, value: unquote(m[2]!) } : { field: null, value: unquote(q) };
}

/** The request body's `query` (match_all, match, term); null when not understood. */
export function parseBodyQuery(query: unknown): EsQuery | null {
  if (query === undefined) return { all: true };
  if (!query || typeof query !== 'object') return null;
  const [kind, arg] = Object.entries(query as Record<string, unknown>)[0] ?? [];
  if (kind === 'match_all') return { all: true };
  if ((kind === 'match' || kind === 'term' || kind === 'match_phrase') && arg && typeof arg === 'object') {
    const [field, v] = Object.entries(arg as Record<string, unknown>)[0] ?? [];
    if (field === undefined) return null;
    const value = v && typeof v === 'object' ? (v as Record<string, unknown>)['query'] ?? (v as Record<string, unknown>)['value'] : v;
    return { field, value: String(value ?? '') };
  }
  return null;
}

/** A rough on-disk size: Lucene's empty index plus the stored sources. */
export function storeSize(idx: EsIndex): number {
  return idx.docs.length === 0 ? 249 : 4_000 + idx.docs.reduce((n, d) => n + JSON.stringify(d.source).length * 2, 0);
}
