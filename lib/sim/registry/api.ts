/**
 * The registry container's HTTP API (Distribution v2) over its storage, for curl and wget:
 * `/v2/`, `/v2/_catalog`, `/v2/<name>/tags/list`, `/v2/<name>/manifests/<ref>`,
 * `/v2/<name>/blobs/<digest>`, manifest DELETE (405 unless REGISTRY_STORAGE_DELETE_ENABLED),
 * with Distribution's error bodies and an access-log line per request in the container's logs.
 * `registryServer` is the `registry` behaviour with this API; createEngine installs it.
 */
import { registryBehaviour } from '../containers/behaviours/daemons';
import { registerBehaviour } from '../containers/behaviours/index';
import type { BehaviourCtx, HttpRequest, HttpResponse, ServiceBehaviour } from '../containers/behaviours/types';
import { clfTime, httpDate } from '../containers/behaviours/time-formats';
import { getBlob, getManifest, openStore, repositories, tags, type RegistryStore } from './layout';
import { MANIFEST_V2 } from './manifest';

const API_VERSION: [string, string] = ['Docker-Distribution-Api-Version', 'registry/2.0'];

function respond(ctx: BehaviourCtx, status: number, statusText: string, body: string, type: string, extra: Array<[string, string]> = []): HttpResponse {
  return { status, statusText, headers: [['Content-Type', type], API_VERSION, ...extra, ['Date', httpDate(ctx.now)], ['Content-Length', String(body.length)]], body };
}

/** Distribution encodes JSON with a trailing newline. */
const json = (ctx: BehaviourCtx, status: number, statusText: string, value: unknown, extra: Array<[string, string]> = []) => respond(ctx, status, statusText, JSON.stringify(value) + '\n', 'application/json; charset=utf-8', extra);

const apiError = (ctx: BehaviourCtx, status: number, statusText: string, code: string, message: string, detail: unknown) => json(ctx, status, statusText, { errors: [{ code, message, detail }] });

const ROUTE = /^\/v2\/(.+)\/(tags\/list|manifests\/[^/]+|blobs\/[^/]+)$/;

function route(ctx: BehaviourCtx, store: RegistryStore, req: HttpRequest): HttpResponse {
  const path = req.path.split('?')[0]!;
  if (path === '/v2/' || path === '/v2') return respond(ctx, 200, 'OK', '{}', 'application/json; charset=utf-8');
  if (path === '/v2/_catalog') return json(ctx, 200, 'OK', { repositories: repositories(store) });
  const m = ROUTE.exec(path);
  if (!m) return respond(ctx, 404, 'Not Found', '404 page not found\n', 'text/plain; charset=utf-8');
  const [name, what] = [m[1]!, m[2]!];
  const known = tags(store, name);
  if (known === null && !what.startsWith('blobs/')) return apiError(ctx, 404, 'Not Found', 'NAME_UNKNOWN', 'repository name not known to registry', { name });
  if (what === 'tags/list') return json(ctx, 200, 'OK', { name, tags: known });
  if (what.startsWith('manifests/')) {
    const reference = what.slice('manifests/'.length);
    if (req.method === 'DELETE') {
      if (ctx.env['REGISTRY_STORAGE_DELETE_ENABLED'] !== 'true') return apiError(ctx, 405, 'Method Not Allowed', 'UNSUPPORTED', 'The operation is unsupported.', null);
      const found = getManifest(store, name, reference);
      if (!found) return apiError(ctx, 404, 'Not Found', 'MANIFEST_UNKNOWN', 'manifest unknown', null);
      for (const t of known ?? []) if (getManifest(store, name, t)?.digest === found.digest) store.fs.rm(`${store.root}/repositories/${name}/_manifests/tags/${t}`, { recursive: true });
      store.fs.rm(`${store.root}/repositories/${name}/_manifests/revisions/sha256/${found.digest.slice(7)}`, { recursive: true });
      return respond(ctx, 202, 'Accepted', '', 'text/plain; charset=utf-8');
    }
    const found = getManifest(store, name, reference);
    if (!found) return apiError(ctx, 404, 'Not Found', 'MANIFEST_UNKNOWN', 'manifest unknown', reference.startsWith('sha256:') ? { Revision: reference } : { Tag: reference });
    return respond(ctx, 200, 'OK', req.method === 'HEAD' ? '' : found.text, MANIFEST_V2, [['Docker-Content-Digest', found.digest], ['Etag', `"${found.digest}"`]]);
  }
  const digest = what.slice('blobs/'.length);
  const data = getBlob(store, digest);
  if (data === null) return apiError(ctx, 404, 'Not Found', 'BLOB_UNKNOWN', 'blob unknown to registry', digest);
  return respond(ctx, 200, 'OK', req.method === 'HEAD' ? '' : data, 'application/octet-stream', [['Docker-Content-Digest', digest], ['Etag', `"${digest}"`]]);
}

export function registryHttp(ctx: BehaviourCtx, req: HttpRequest): HttpResponse {
  const store = openStore(ctx.fs, ctx.env['REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY'] || '/var/lib/registry');
  const res = req.path === '/' ? respond(ctx, 200, 'OK', '', 'text/plain; charset=utf-8') : route(ctx, store, req);
  ctx.log('stdout', `${req.clientIp} - - [${clfTime(ctx.now)}] "${req.method} ${req.path} HTTP/1.1" ${res.status} ${res.body.length} "" "${req.headers['user-agent'] ?? ''}"`);
  return res;
}

export const registryServer: ServiceBehaviour = { ...registryBehaviour, http: registryHttp };

/** Make `registry` containers serve their storage (idempotent). */
export function installRegistryServer(): void {
  registerBehaviour(registryServer);
}
