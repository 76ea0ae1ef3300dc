/**
 * Traefik v3: entry points from its flags, routers and services from the labels its providers
 * (docker: containers; swarm: services' deploy labels) publish, each request forwarded to the
 * matching service's servers in turn (weighted round robin, equal weights) over the simulated
 * network; `404 page not found` when no router matches. v2's `--providers.docker.swarmMode`
 * stops v3 at start-up, as the lesson's correction says.
 */
import { hostOf, type Engine } from '../../core/engine';
import { httpRequest } from '../../networks/http';
import type { ContainerRecord } from '../types';
import { parseTraefikArgs, type TraefikConfig } from './traefik-config';
import { traefikProvider } from './traefik-providers';
import { ruleMatches, workloadRoutes, type TraefikRoute } from './traefik-routes';
import { basename, type BehaviourCtx, type HttpRequest, type HttpResponse, type ServiceBehaviour } from './types';
import { isoTime } from './time-formats';

const plain = (status: number, statusText: string, body: string): HttpResponse => ({
  status,
  statusText,
  headers: [['Content-Type', 'text/plain; charset=utf-8'], ['X-Content-Type-Options', 'nosniff'], ['Content-Length', String(body.length)]],
  body,
});
/** The image's version (`org.opencontainers.image.version`, e.g. v3.6.2), without the v. */
const versionOf = (ctx: BehaviourCtx) => (ctx.c.config.Labels['org.opencontainers.image.version'] ?? 'v3.5.0').replace(/^v/, '');
const configOf = (ctx: BehaviourCtx) => parseTraefikArgs(ctx.argv.slice(1), Number(versionOf(ctx).split('.')[0]) || 3);

const DASHBOARD = '<!DOCTYPE html><html><head><title>Traefik</title></head><body></body></html>';

/** The routes every enabled provider publishes, highest priority first. */
export function traefikRoutes(eng: Engine, self: ContainerRecord, cfg: TraefikConfig): TraefikRoute[] {
  const out: TraefikRoute[] = [];
  for (const [name, opts] of Object.entries(cfg.providers)) {
    if (!opts) continue;
    for (const w of traefikProvider(name)?.workloads(eng, self, opts) ?? []) out.push(...workloadRoutes(w, name, opts));
  }
  return out.sort((a, b) => b.priority - a.priority);
}

/** The next server of a service for this Traefik instance (plain data on the host: `ext.traefik`). */
function nextServer(eng: Engine, self: ContainerRecord, route: TraefikRoute): string {
  const ext = hostOf(eng).ext as { traefik?: Record<string, Record<string, number>> };
  const mine = ((ext.traefik ??= {})[self.id] ??= {});
  const i = mine[route.service] ?? 0;
  mine[route.service] = (i + 1) % route.addresses.length;
  return route.addresses[i % route.addresses.length]!;
}

function forward(ctx: BehaviourCtx, route: TraefikRoute, req: HttpRequest): HttpResponse {
  if (route.addresses.length === 0) return plain(503, 'Service Unavailable', 'no available server\n');
  const ip = nextServer(ctx.eng, ctx.c, route);
  const headers: Record<string, string> = {
    ...req.headers,
    host: req.host,
    'x-forwarded-for': req.clientIp,
    'x-forwarded-host': req.host,
    'x-forwarded-port': String(req.port),
    'x-forwarded-proto': 'http',
    'x-forwarded-server': ctx.c.config.Hostname,
    'x-real-ip': req.clientIp,
  };
  const r = httpRequest(ctx.eng, { kind: 'container', id: ctx.c.id }, { scheme: 'http', host: ip, port: route.port, path: req.path }, { method: req.method, headers, body: req.body });
  return r.ok ? r.response : plain(502, 'Bad Gateway', 'Bad Gateway');
}

function serve(ctx: BehaviourCtx, req: HttpRequest): HttpResponse {
  const cfg = configOf(ctx);
  const entryPoints = Object.entries(cfg.entryPoints).filter(([, port]) => port === req.port).map(([name]) => name);
  if (cfg.apiInsecure && entryPoints.includes('traefik') && (req.path.startsWith('/dashboard') || req.path.startsWith('/api'))) {
    return { ...plain(200, 'OK', DASHBOARD), headers: [['Content-Type', 'text/html; charset=utf-8'], ['Content-Length', String(DASHBOARD.length)]] };
  }
  const host = req.host.replace(/:\d+$/, '');
  const path = req.path.split('?')[0]!;
  const route = traefikRoutes(ctx.eng, ctx.c, cfg).find((r) => (r.entryPoints ?? entryPoints).some((e) => entryPoints.includes(e)) && ruleMatches(r.rule, host, path));
  return route ? forward(ctx, route, req) : plain(404, 'Not Found', '404 page not found\n');
}

const stamp = (now: number) => `${isoTime(now).slice(0, 19)}Z`;

export const traefikBehaviour: ServiceBehaviour = {
  name: 'traefik',
  memory: 40_000_000,
  minMemory: 13_000_000,
  match: (argv) => basename(argv[0] ?? '') === 'traefik',
  start(ctx) {
    const cfg = configOf(ctx);
    const version = versionOf(ctx);
    const t = new Date(ctx.now).toISOString();
    if (cfg.unknownNode) {
      ctx.log('stderr', `${t.slice(0, 10).replace(/-/g, '/')} ${t.slice(11, 19)} command traefik error: failed to decode configuration from flags: field not found, node: ${cfg.unknownNode}`);
      return { exit: { code: 1, afterMs: 0 } };
    }
    if (version.startsWith('2.')) {
      ctx.log('stdout', `time="${t.slice(0, 19)}Z" level=info msg="Configuration loaded from flags."`);
      return {};
    }
    ctx.log('stdout', `${stamp(ctx.now)} INF Traefik version ${version} built on 2025-07-23T09:11:04Z version=${version}`);
    if (cfg.providers.docker) ctx.log('stdout', `${stamp(ctx.now)} INF Starting provider *docker.Provider`);
    if (cfg.providers.swarm) ctx.log('stdout', `${stamp(ctx.now)} INF Starting provider *docker.SwarmProvider`);
    ctx.log('stdout', `${stamp(ctx.now)} INF Starting provider aggregator *aggregator.ProviderAggregator`);
    return {};
  },
  signal: (_ctx, sig) => (sig === 'SIGTERM' || sig === 'SIGINT' || sig === 'SIGQUIT' ? 0 : null),
  listeners: (ctx) => [...new Set(Object.values(configOf(ctx).entryPoints))].map((port) => ({ port, proto: 'tcp' as const, kind: 'http' as const })),
  http: serve,
  processes: (ctx) => [{ user: 'root', cmd: ctx.argv.join(' '), parent: -1 }],
};
