/**
 * The Engine API behind /var/run/docker.sock, for `curl --unix-socket`: GET /_ping, /version,
 * /info, /containers/json, /containers/{id}/json, /images/json, /networks, /networks/{id},
 * /volumes, /volumes/{name} (optionally under /v1.NN), answered from the engine's state with
 * the daemon's headers; anything else is 404 `page not found`.
 */
import { findContainer, findNetwork, hostOf, inspectContainer, inspectImage, inspectNetwork, inspectVolume, listContainers, listImages, type Engine } from '../../sim/index';
import { containerSummary } from '../docker/container/summary';
import { serverInfo } from '../docker/system/info-data';
import { versionInfo } from '../docker/system/version';
import { goJsonMarshal } from '../format/go-json';
import type { Response } from './curl/exchange';

const API = /^\/v(\d+\.\d+)(\/.*)$/;

function json(eng: Engine, status: number, statusText: string, value: unknown): Response {
  const body = goJsonMarshal(value, { escapeHTML: true }) + '\n';
  const date = new Date(eng.world.clock).toUTCString();
  return {
    status,
    statusText,
    headers: [['Api-Version', '1.50'], ['Content-Type', 'application/json'], ['Docker-Experimental', 'false'], ['Ostype', 'linux'], ['Server', 'Docker/28.2.2 (linux)'], ['Date', date], ['Content-Length', String(body.length)]],
    body,
  };
}

const notFound = (eng: Engine, message: string) => json(eng, 404, 'Not Found', { message });

function route(eng: Engine, path: string, query: ReadonlyMap<string, string>): Response {
  const host = hostOf(eng);
  const parts = path.split('/').filter(Boolean);
  const all = query.get('all') === '1' || query.get('all') === 'true';
  switch (parts[0]) {
    case '_ping': {
      const r = json(eng, 200, 'OK', null);
      return { ...r, headers: r.headers.filter(([k]) => k !== 'Content-Type' && k !== 'Content-Length').concat([['Content-Type', 'text/plain; charset=utf-8'], ['Content-Length', '2']]), body: 'OK' };
    }
    case 'version':
      return json(eng, 200, 'OK', versionInfo(eng, 'default').Server);
    case 'info':
      return json(eng, 200, 'OK', serverInfo(eng));
    case 'containers': {
      if (parts[1] === 'json' && parts.length === 2) {
        return json(eng, 200, 'OK', listContainers(eng, { all }).map((c) => {
          const s = containerSummary(eng, c);
          const nets = (inspectContainer(eng, c)['NetworkSettings'] as { Networks: unknown }).Networks;
          return { ...s, HostConfig: { NetworkMode: c.hostConfig.NetworkMode }, NetworkSettings: { Networks: nets } };
        }));
      }
      if (parts[2] === 'json' && parts.length === 3) {
        const c = findContainer(host, parts[1]!);
        return c ? json(eng, 200, 'OK', inspectContainer(eng, c)) : notFound(eng, `No such container: ${parts[1]}`);
      }
      break;
    }
    case 'images':
      if (parts[1] === 'json' && parts.length === 2) {
        return json(eng, 200, 'OK', listImages(eng, { all }).map((i) => ({ Containers: -1, Created: Math.floor(i.created / 1000), Id: i.id, Labels: i.labels, ParentId: i.parentId, RepoDigests: i.repoDigests, RepoTags: i.repoTags, SharedSize: -1, Size: i.size })));
      }
      if (parts[2] === 'json' && parts.length === 3) {
        const img = host.images[parts[1]!] ?? Object.values(host.images).find((i) => i.id.replace('sha256:', '').startsWith(parts[1]!));
        return img ? json(eng, 200, 'OK', inspectImage(eng, img)) : notFound(eng, `No such image: ${parts[1]}`);
      }
      break;
    case 'networks': {
      if (parts.length === 1) return json(eng, 200, 'OK', Object.values(host.networks).map((n) => inspectNetwork(eng, n)));
      const n = parts.length === 2 ? findNetwork(host, parts[1]!) : undefined;
      return n ? json(eng, 200, 'OK', inspectNetwork(eng, n)) : notFound(eng, `network ${parts[1]} not found`);
    }
    case 'volumes': {
      if (parts.length === 1) return json(eng, 200, 'OK', { Volumes: Object.values(host.volumes).map((v) => inspectVolume(eng, v)), Warnings: null });
      const v = parts.length === 2 ? host.volumes[parts[1]!] : undefined;
      return v ? json(eng, 200, 'OK', inspectVolume(eng, v)) : notFound(eng, `get ${parts[1]}: no such volume`);
    }
  }
  return notFound(eng, 'page not found');
}

/** One request to the API socket. */
export function dockerApi(eng: Engine, method: string, target: string): Response {
  const [rawPath = '/', rawQuery = ''] = target.split('?', 2);
  const m = API.exec(rawPath);
  if (m && Number(m[1]) > 1.5) return json(eng, 400, 'Bad Request', { message: `client version ${m[1]} is too new. Maximum supported API version is 1.50` });
  const path = m ? m[2]! : rawPath;
  if (method !== 'GET' && method !== 'HEAD') return notFound(eng, 'page not found');
  const query = new Map(rawQuery.split('&').filter(Boolean).map((kv) => [decodeURIComponent(kv.split('=')[0]!), decodeURIComponent(kv.split('=').slice(1).join('='))] as [string, string]));
  const res = route(eng, path, query);
  return method === 'HEAD' ? { ...res, body: '' } : res;
}
