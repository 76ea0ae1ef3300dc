/**
 * Which registry a reference's domain reaches, as the daemon would dial it from the host:
 * `localhost:5000` / `127.0.0.1:5000` (plain HTTP is allowed for loopback) reach a registry
 * container through its published port; the host's own name over HTTPS meets a plain-HTTP server;
 * public registries (Docker Hub, ghcr.io…) are the simulated Internet.
 */
import { EngineError } from '../core/errors';
import type { Engine } from '../core/engine';
import { containerFs } from '../containers/view';
import { envRecord } from '../containers/defaults';
import type { ContainerRecord } from '../containers/types';
import { connect, resolveName } from '../networks/reach';
import { httpRequest } from '../networks/http';
import { openStore, type RegistryStore } from './layout';

/** Registries of the simulated Internet (the catalog and the learner's pushes). */
export const PUBLIC_REGISTRIES = new Set(['docker.io', 'gcr.io', 'ghcr.io', 'quay.io', 'docker.elastic.co', 'registry.k8s.io', 'mcr.microsoft.com', 'public.ecr.aws']);

export const REGISTRY_BEHAVIOUR = 'registry';

/** What dockerd sends as User-Agent (the registry's access log shows it). */
const DAEMON_AGENT = 'docker/28.2.2 go/go1.24.3 git-commit/45873be kernel/6.8.0-51-generic os/linux arch/amd64 UpstreamClient(Docker-Client/28.2.2 \\(linux\\))';

export type Located =
  | { kind: 'public'; domain: string }
  | { kind: 'private'; domain: string; container: ContainerRecord; store: RegistryStore }
  /** Nothing usable answers: `error` is the daemon's words for why. */
  | { kind: 'unreachable'; domain: string; error: string };

function split(domain: string): { host: string; port: number } {
  const i = domain.lastIndexOf(':');
  return i > 0 && !domain.endsWith(']') ? { host: domain.slice(0, i), port: Number(domain.slice(i + 1)) } : { host: domain, port: 443 };
}

const isLoopback = (host: string) => host === 'localhost' || host.startsWith('127.') || host === '[::1]';

/** The storage of a running registry container (honours REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY). */
export function storeOf(eng: Engine, c: ContainerRecord): RegistryStore {
  const root = envRecord(c.config.Env)['REGISTRY_STORAGE_FILESYSTEM_ROOTDIRECTORY'] || '/var/lib/registry';
  return openStore(containerFs(eng, c), root);
}

export function locateRegistry(eng: Engine, domain: string): Located {
  if (PUBLIC_REGISTRIES.has(domain)) return { kind: 'public', domain };
  const { host, port } = split(domain);
  const scheme = isLoopback(host) ? 'http' : 'https';
  const origin = { kind: 'host' } as const;
  const ip = resolveName(eng, origin, host);
  if (!ip) return { kind: 'unreachable', domain, error: `Get "https://${domain}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host` };
  const conn = connect(eng, origin, ip, port);
  if (!conn.ok) {
    const words = conn.error === 'refused' ? 'connect: connection refused' : 'i/o timeout';
    return { kind: 'unreachable', domain, error: `Get "${scheme}://${domain}/v2/": dial tcp ${ip}:${port}: ${words}` };
  }
  if (conn.target.kind !== 'container') return { kind: 'unreachable', domain, error: `Get "${scheme}://${domain}/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)` };
  const res = httpRequest(eng, origin, `${scheme}://${domain}/v2/`, { headers: { 'User-Agent': DAEMON_AGENT } });
  if (!res.ok) {
    const why = res.error === 'ssl' ? 'http: server gave HTTP response to HTTPS client' : res.error === 'empty-reply' ? 'EOF' : 'connect: connection refused';
    return { kind: 'unreachable', domain, error: `Get "${scheme}://${domain}/v2/": ${why}` };
  }
  const c = conn.target.c;
  if (c.proc?.behaviour !== REGISTRY_BEHAVIOUR) {
    const body = res.response.body.replace(/\r?\n/g, '\\n').replace(/"/g, '\\"');
    return { kind: 'unreachable', domain, error: `error parsing HTTP ${res.response.status} response body: invalid character '<' looking for beginning of value: "${body}"` };
  }
  return { kind: 'private', domain, container: c, store: storeOf(eng, c) };
}

/** Throw the daemon's error for a registry that cannot be used. */
export function requireReachable(located: Located): Exclude<Located, { kind: 'unreachable' }> {
  if (located.kind === 'unreachable') throw new EngineError('unknown', located.error);
  return located;
}
