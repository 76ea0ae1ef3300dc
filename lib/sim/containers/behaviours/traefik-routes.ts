/**
 * Traefik's label model: the routers and services a workload (a container for the docker provider,
 * a swarm service for the swarm provider) declares with `traefik.http.routers.<r>.*` and
 * `traefik.http.services.<s>.loadbalancer.server.port`, the default router and service when labels
 * leave them out, `traefik.enable` against exposedByDefault, and rule matching (Host, PathPrefix,
 * Path, HostRegexp joined by && and ||) with Traefik's priority (the longest rule first).
 */
import type { TraefikProviderOptions } from './traefik-config';

export interface TraefikWorkload {
  /** Container or service name: the default router/service name and the defaultRule's .Name. */
  name: string;
  labels: Record<string, string>;
  /** Instance addresses Traefik balances over (task or container IPs, or the swarm VIP). */
  addresses: string[];
  /** Port when no loadbalancer.server.port label says (docker: the single exposed port; swarm: none). */
  defaultPort: number | null;
}

export interface TraefikRoute {
  /** `<router>@<provider>` */
  router: string;
  service: string;
  rule: string;
  priority: number;
  entryPoints: string[] | null;
  port: number;
  addresses: string[];
}

export const normalize = (name: string) => name.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '');

function grouped(labels: Record<string, string>, kind: 'routers' | 'services'): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const prefix = `traefik.http.${kind}.`;
  for (const [k, v] of Object.entries(labels)) {
    if (!k.startsWith(prefix)) continue;
    const rest = k.slice(prefix.length);
    const dot = rest.indexOf('.');
    if (dot <= 0) continue;
    const name = rest.slice(0, dot);
    out.set(name, { ...(out.get(name) ?? {}), [rest.slice(dot + 1).toLowerCase()]: v });
  }
  return out;
}

/** The routes one workload contributes (none when it is not exposed or its port is unknown). */
export function workloadRoutes(w: TraefikWorkload, provider: string, opts: TraefikProviderOptions): TraefikRoute[] {
  const enable = w.labels['traefik.enable'];
  if (enable === undefined ? !opts.exposedByDefault : enable.toLowerCase() !== 'true') return [];
  const routers = grouped(w.labels, 'routers');
  const services = grouped(w.labels, 'services');
  const base = normalize(w.name);
  if (services.size === 0) services.set(base, {});
  if (routers.size === 0) routers.set(base, {});
  const out: TraefikRoute[] = [];
  for (const [rname, r] of routers) {
    const sname = r['service'] ?? (services.size === 1 ? [...services.keys()][0]! : null);
    const svc = sname !== null ? services.get(sname) : undefined;
    if (!svc) continue;
    const portLabel = svc['loadbalancer.server.port'];
    const port = portLabel !== undefined ? Number(portLabel) : w.defaultPort;
    if (port === null || !Number.isInteger(port)) continue;
    const rule = r['rule'] ?? opts.defaultRule.replace(/\{\{\s*normalize \.Name\s*\}\}/g, base).replace(/\{\{\s*\.Name\s*\}\}/g, w.name);
    out.push({
      router: `${rname}@${provider}`,
      service: `${sname}@${provider}`,
      rule,
      priority: r['priority'] !== undefined ? Number(r['priority']) : rule.length,
      entryPoints: r['entrypoints'] ? r['entrypoints'].split(',').map((e) => e.trim()) : null,
      port,
      addresses: w.addresses,
    });
  }
  return out;
}

const args = (s: string) => [...s.matchAll(/[`"]([^`"]*)[`"]/g)].map((m) => m[1]!);

function matcher(expr: string, host: string, path: string): boolean {
  const m = /^\s*!?\s*(\w+)\((.*)\)\s*$/.exec(expr);
  if (!m) return false;
  const vals = args(m[2]!);
  const neg = expr.trim().startsWith('!');
  let hit = false;
  switch (m[1]) {
    case 'Host': hit = vals.some((v) => v.toLowerCase() === host.toLowerCase()); break;
    case 'HostRegexp': hit = vals.some((v) => safeRegex(v)?.test(host) ?? false); break;
    case 'Path': hit = vals.includes(path); break;
    case 'PathPrefix': hit = vals.some((v) => path.startsWith(v)); break;
    case 'PathRegexp': hit = vals.some((v) => safeRegex(v)?.test(path) ?? false); break;
    default: hit = false;
  }
  return neg ? !hit : hit;
}

function safeRegex(src: string): RegExp | null {
  try {
    return new RegExp(src, 'i');
  } catch {
    return null;
  }
}

/** Does a rule match a request's host (port removed) and path (query removed)? */
export function ruleMatches(rule: string, host: string, path: string): boolean {
  return rule.split('||').some((alt) => alt.split('&&').every((e) => matcher(e, host, path)));
}
