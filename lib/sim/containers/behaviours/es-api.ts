/**
 * Elasticsearch's REST API, the part a lab uses: `GET /` (the banner, always pretty),
 * `_cluster/health`, `_cat/health` and `_cat/indices` (`?v` headers), index create/delete,
 * documents (`PUT|POST /<index>/_doc[/<id>]`, `GET /<index>/_doc/<id>`), `_search` and `_count`
 * (match_all/match/term bodies, `q=`, `size`). Errors carry ES's JSON error shapes and statuses.
 */
import { stableHex } from '../../core/rng';
import { utf8Length } from '../../fs/node';
import { compactJson, float, prettyJson } from './es-json';
import { base64Id, listIndices, matches, newIndex, parseBodyQuery, parseQ, putDoc, readIndex, resolveIndices, saveIndex, storeSize, type EsIndex, type EsQuery } from './es-store';
import type { BehaviourCtx, HttpRequest, HttpResponse } from './types';

export interface EsNode {
  version: string;
  name: string;
  clusterUuid: string;
}

/** The query string's parameters (`?pretty`, `v`, `q=…`, `size=…`). */
type Params = Map<string, string>;

function parseParams(qs: string): Params {
  const out: Params = new Map();
  for (const pair of qs.split('&').filter(Boolean)) {
    const i = pair.indexOf('=');
    const dec = (x: string) => {
      try {
        return decodeURIComponent(x.replace(/\+/g, ' '));
      } catch {
        return x;
      }
    };
    out.set(dec(i < 0 ? pair : pair.slice(0, i)), i < 0 ? '' : dec(pair.slice(i + 1)));
  }
  return out;
}

const STATUS: Record<number, string> = { 200: 'OK', 201: 'Created', 400: 'Bad Request', 401: 'Unauthorized', 404: 'Not Found', 406: 'Not Acceptable' };

function respond(status: number, body: string, type: string, extra: Array<[string, string]> = []): HttpResponse {
  return { status, statusText: STATUS[status] ?? 'Error', headers: [['X-elastic-product', 'Elasticsearch'], ...extra, ['content-type', type], ['content-length', String(utf8Length(body))]], body };
}

export const esJson = (status: number, v: unknown, pretty: boolean, extra: Array<[string, string]> = []) =>
  respond(status, pretty ? prettyJson(v) + '\n' : compactJson(v), 'application/json', extra);

export function esError(type: string, reason: string, status: number, pretty: boolean, more: Record<string, unknown> = {}, extra: Array<[string, string]> = []): HttpResponse {
  const cause = { type, reason, ...more };
  return esJson(status, { error: { root_cause: [cause], ...cause }, status }, pretty, extra);
}

const notFound = (name: string, pretty: boolean) =>
  esError('index_not_found_exception', `no such index [${name}]`, 404, pretty, { 'resource.type': 'index_or_alias', 'resource.id': name, index_uuid: '_na_', index: name });

function humanSize(n: number): string {
  if (n < 1024) return `${n}b`;
  const units = ['kb', 'mb', 'gb'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) [v, i] = [v / 1024, i + 1];
  return `${Math.round(v * 10) / 10}${units[i]}`;
}

/** The cat API's table: `right` columns right-aligned (numbers, sizes), `?v` adds the header row. */
function catTable(header: string[], right: ReadonlySet<string>, rows: Array<Array<string | number>>, v: boolean): string {
  const cells = rows.map((r) => r.map(String));
  const widths = header.map((h, i) => Math.max(v ? h.length : 0, ...cells.map((r) => r[i]!.length)));
  const fmt = (r: string[], head: boolean) => r.map((c, i) => (!head && right.has(header[i]!) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' ').trimEnd() + '\n';
  return (v ? fmt(header, true) : '') + cells.map((r) => fmt(r, false)).join('');
}

const HEALTH_RIGHT = new Set(['epoch', 'node.total', 'node.data', 'shards', 'pri', 'relo', 'init', 'unassign', 'unassign.pri', 'pending_tasks', 'max_task_wait_time', 'active_shards_percent']);
const INDICES_RIGHT = new Set(['pri', 'rep', 'docs.count', 'docs.deleted', 'store.size', 'pri.store.size', 'dataset.size']);

function health(indices: EsIndex[]) {
  const pri = indices.length;
  return { status: pri > 0 ? 'yellow' : 'green', pri, unassigned: pri, percent: pri > 0 ? 50 : 100 };
}

function clusterHealth(ctx: BehaviourCtx, pretty: boolean): HttpResponse {
  const h = health(listIndices(ctx.fs));
  return esJson(200, {
    cluster_name: 'docker-cluster', status: h.status, timed_out: false, number_of_nodes: 1, number_of_data_nodes: 1,
    active_primary_shards: h.pri, active_shards: h.pri, relocating_shards: 0, initializing_shards: 0, unassigned_shards: h.unassigned,
    unassigned_primary_shards: 0, delayed_unassigned_shards: 0, number_of_pending_tasks: 0, number_of_in_flight_fetch: 0,
    task_max_waiting_in_queue_millis: 0, active_shards_percent_as_number: float(h.percent),
  }, pretty);
}

function cat(ctx: BehaviourCtx, what: string, expr: string | undefined, v: boolean): HttpResponse {
  const text = (body: string) => respond(200, body, 'text/plain; charset=UTF-8');
  const all = listIndices(ctx.fs);
  if (what === 'health') {
    const h = health(all);
    const t = new Date(ctx.now).toISOString().slice(11, 19);
    return text(catTable(['epoch', 'timestamp', 'cluster', 'status', 'node.total', 'node.data', 'shards', 'pri', 'relo', 'init', 'unassign', 'unassign.pri', 'pending_tasks', 'max_task_wait_time', 'active_shards_percent'], HEALTH_RIGHT,
      [[Math.floor(ctx.now / 1000), t, 'docker-cluster', h.status, 1, 1, h.pri, h.pri, 0, 0, h.unassigned, 0, 0, '-', `${h.percent}.0%`]], v));
  }
  let chosen = all;
  if (expr) {
    const r = resolveIndices(ctx.fs, expr);
    if (r.missing) return notFound(r.missing, false);
    chosen = all.filter((i) => r.names.includes(i.name));
  }
  const rows = chosen.map((i) => ['yellow', 'open', i.name, i.uuid, 1, 1, i.docs.length, 0, humanSize(storeSize(i)), humanSize(storeSize(i)), humanSize(storeSize(i))]);
  return text(catTable(['health', 'status', 'index', 'uuid', 'pri', 'rep', 'docs.count', 'docs.deleted', 'store.size', 'pri.store.size', 'dataset.size'], INDICES_RIGHT, rows, v));
}

function parseBody(req: HttpRequest): { ok: true; value: Record<string, unknown> } | { ok: false } {
  if (req.body.trim() === '') return { ok: true, value: {} };
  try {
    const v: unknown = JSON.parse(req.body);
    return v && typeof v === 'object' && !Array.isArray(v) ? { ok: true, value: v as Record<string, unknown> } : { ok: false };
  } catch {
    return { ok: false };
  }
}

function search(ctx: BehaviourCtx, expr: string, params: Params, body: Record<string, unknown>, count: boolean, pretty: boolean): HttpResponse {
  const r = resolveIndices(ctx.fs, expr);
  if (r.missing) return notFound(r.missing, pretty);
  const q: EsQuery | null = params.has('q') ? parseQ(params.get('q')!) : parseBodyQuery(body['query']);
  if (!q) return esError('parsing_exception', 'unknown query', 400, pretty, { line: 1, col: 11 });
  const shards = { total: r.names.length, successful: r.names.length, skipped: 0, failed: 0 };
  const hits = r.names.flatMap((n) => readIndex(ctx.fs, n)!.docs.filter((d) => matches(d.source, q)).map((d) => ({ _index: n, _id: d.id, _score: float(1), _source: d.source })));
  if (count) return esJson(200, { count: hits.length, _shards: shards }, pretty);
  const size = Number(params.get('size') ?? body['size'] ?? 10);
  return esJson(200, { took: 2, timed_out: false, _shards: shards, hits: { total: { value: hits.length, relation: 'eq' }, max_score: hits.length > 0 ? float(1) : null, hits: hits.slice(0, Math.max(0, size)) } }, pretty);
}

function indexDoc(ctx: BehaviourCtx, name: string, id: string | undefined, body: Record<string, unknown>, pretty: boolean): HttpResponse {
  if (name !== name.toLowerCase() || name.startsWith('_')) {
    return esError('invalid_index_name_exception', `Invalid index name [${name}], must be lowercase`, 400, pretty, { index_uuid: '_na_', index: name });
  }
  const idx = readIndex(ctx.fs, name) ?? newIndex(name, ctx.now, ctx.c.id);
  const docId = id ?? base64Id(`${idx.uuid}/${idx.seqNo}`, 20);
  const r = putDoc(idx, docId, body);
  saveIndex(ctx.fs, idx);
  return esJson(r.created ? 201 : 200, { _index: name, _id: docId, _version: r.version, result: r.created ? 'created' : 'updated', _shards: { total: 2, successful: 1, failed: 0 }, _seq_no: r.seqNo, _primary_term: 1 }, pretty, r.created ? [['Location', `/${name}/_doc/${docId}`]] : []);
}

export function banner(ctx: BehaviourCtx, n: EsNode) {
  return {
    name: n.name, cluster_name: 'docker-cluster', cluster_uuid: n.clusterUuid,
    version: { number: n.version, build_flavor: 'default', build_type: 'docker', build_hash: stableHex(`elasticsearch-${n.version}`, 40), build_date: '2025-08-05T00:00:00.000000000Z', build_snapshot: false, lucene_version: '9.12.2', minimum_wire_compatibility_version: '7.17.0', minimum_index_compatibility_version: '7.0.0' },
    tagline: 'You Know, for Search',
  };
}

export function esRoute(ctx: BehaviourCtx, req: HttpRequest, n: EsNode): HttpResponse {
  const [path = '/', qs = ''] = req.path.split('?', 2);
  const params = parseParams(qs);
  const pretty = params.has('pretty') && params.get('pretty') !== 'false';
  const v = params.has('v') && params.get('v') !== 'false';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const m = req.method === 'HEAD' ? 'GET' : req.method;
  const type = req.headers['content-type'];
  if (req.body !== '' && type && !/^application\/(x-ndjson|json)\b/.test(type)) return esJson(406, { error: `Content-Type header [${type}] is not supported`, status: 406 }, pretty);
  const body = parseBody(req);
  if (!body.ok) return esError('x_content_parse_exception', '[1:1] Unexpected character in request body', 400, pretty);
  const [a, b, c] = parts;
  if (parts.length === 0 && m === 'GET') return esJson(200, banner(ctx, n), true);
  if (a === '_cluster' && b === 'health' && m === 'GET') return clusterHealth(ctx, pretty);
  if (a === '_cat' && (b === 'health' || b === 'indices') && m === 'GET') return cat(ctx, b, c, v);
  if ((a === '_search' || a === '_count') && (m === 'GET' || m === 'POST')) return search(ctx, '_all', params, body.value, a === '_count', pretty);
  if (a && !a.startsWith('_')) {
    if ((b === '_search' || b === '_count') && (m === 'GET' || m === 'POST')) return search(ctx, a, params, body.value, b === '_count', pretty);
    if (b === '_doc' && ((m === 'POST' && parts.length <= 3) || (m === 'PUT' && c))) return indexDoc(ctx, a, c, body.value, pretty);
    if (b === '_doc' && c && m === 'GET') {
      const idx = readIndex(ctx.fs, a);
      if (!idx) return notFound(a, pretty);
      const d = idx.docs.find((x) => x.id === c);
      return d ? esJson(200, { _index: a, _id: c, _version: d.version, _seq_no: d.seqNo, _primary_term: 1, found: true, _source: d.source }, pretty) : esJson(404, { _index: a, _id: c, found: false }, pretty);
    }
    if (!b && m === 'PUT') {
      if (readIndex(ctx.fs, a)) return esError('resource_already_exists_exception', `index [${a}/${readIndex(ctx.fs, a)!.uuid}] already exists`, 400, pretty, { index_uuid: readIndex(ctx.fs, a)!.uuid, index: a });
      saveIndex(ctx.fs, newIndex(a, ctx.now, ctx.c.id));
      return esJson(200, { acknowledged: true, shards_acknowledged: true, index: a }, pretty);
    }
    if (!b && m === 'DELETE') {
      const r = resolveIndices(ctx.fs, a);
      if (r.missing) return notFound(r.missing, pretty);
      for (const name of r.names) ctx.fs.rm(`/usr/share/elasticsearch/data/indices/${name}.json`);
      return esJson(200, { acknowledged: true }, pretty);
    }
  }
  return esJson(400, { error: `no handler found for uri [${path}] and method [${req.method}]` }, pretty);
}
