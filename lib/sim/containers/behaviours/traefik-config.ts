/**
 * Traefik v3's static configuration from its command line (`--entrypoints.web.address=:80`,
 * `--providers.swarm.exposedByDefault=false`, `--api.insecure`…). Traefik matches option names
 * case-insensitively, and setting any sub-option of a provider enables that provider.
 */

export interface TraefikProviderOptions {
  /** `unix:///var/run/docker.sock` unless --providers.<p>.endpoint says otherwise. */
  endpoint: string;
  exposedByDefault: boolean;
  /** --providers.<p>.network: the network Traefik reaches the workloads through. */
  network: string | null;
  /** --providers.<p>.defaultRule (a Go template over .Name). */
  defaultRule: string;
  /** Prefix of the provider-specific labels: `traefik.swarm` (v3) or `traefik.docker` (v2, also for swarm mode). */
  labelPrefix: string;
}

export interface TraefikConfig {
  /** Entry point name → port. */
  entryPoints: Record<string, number>;
  /** --api.insecure: the dashboard on the `traefik` entry point (:8080). */
  apiInsecure: boolean;
  providers: { docker?: TraefikProviderOptions; swarm?: TraefikProviderOptions };
  /** An option Traefik v3 no longer knows (it refuses to start): the unknown node's name. */
  unknownNode: string | null;
}

export const DEFAULT_RULE = 'Host(`{{ normalize .Name }}`)';
const REMOVED_IN_V3: Record<string, string> = { 'providers.docker.swarmmode': 'swarmMode', 'providers.docker.swarmmoderefreshseconds': 'swarmModeRefreshSeconds' };
const ADDED_IN_V3: Record<string, string> = { 'providers.swarm': 'swarm' };

function flags(argv: readonly string[]): Map<string, { key: string; value: string }> {
  const out = new Map<string, { key: string; value: string }>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    const key = (eq < 0 ? a.slice(2) : a.slice(2, eq));
    const next = argv[i + 1];
    const value = eq >= 0 ? a.slice(eq + 1) : next !== undefined && !next.startsWith('-') && /address$/i.test(key) ? (i++, next) : 'true';
    out.set(key.toLowerCase(), { key, value });
  }
  return out;
}

const truthy = (v: string | undefined) => v !== undefined && v.toLowerCase() !== 'false';

function provider(f: Map<string, { key: string; value: string }>, name: string, labelPrefix = `traefik.${name}`): TraefikProviderOptions | undefined {
  const p = `providers.${name}`;
  const enabled = [...f.keys()].some((k) => k === p || k.startsWith(p + '.'));
  if (!enabled || (f.has(p) && !truthy(f.get(p)!.value))) return undefined;
  const opt = (k: string) => f.get(`${p}.${k.toLowerCase()}`)?.value;
  return {
    endpoint: opt('endpoint') ?? 'unix:///var/run/docker.sock',
    exposedByDefault: opt('exposedByDefault') === undefined ? true : truthy(opt('exposedByDefault')),
    network: opt('network') ?? null,
    defaultRule: opt('defaultRule') ?? DEFAULT_RULE,
    labelPrefix,
  };
}

/**
 * `major` is Traefik's major version (the image's): v2 has no swarm provider, its docker provider
 * watches services with `--providers.docker.swarmMode=true`; v3 refuses that option.
 */
export function parseTraefikArgs(argv: readonly string[], major = 3): TraefikConfig {
  const f = flags(argv);
  const entryPoints: Record<string, number> = {};
  for (const [k, { key, value }] of f) {
    const m = /^entrypoints\.([^.]+)\.address$/.exec(k);
    const port = /:(\d+)(?:\/\w+)?$/.exec(value);
    if (m && port) entryPoints[key.split('.')[1]!] = Number(port[1]);
  }
  const apiInsecure = truthy(f.get('api.insecure')?.value);
  if (Object.keys(entryPoints).length === 0) entryPoints['http'] = 80;
  if (apiInsecure && !('traefik' in entryPoints)) entryPoints['traefik'] = 8080;
  const removed = major >= 3 ? REMOVED_IN_V3 : ADDED_IN_V3;
  const unknown = [...f.keys()].find((k) => Object.keys(removed).some((r) => k === r || k.startsWith(r + '.')));
  const unknownNode = unknown ? Object.entries(removed).find(([r]) => unknown === r || unknown.startsWith(r + '.'))![1] : null;
  if (major < 3) {
    const docker = provider(f, 'docker');
    const swarmMode = truthy(f.get('providers.docker.swarmmode')?.value);
    return { entryPoints, apiInsecure, providers: swarmMode ? { swarm: docker && { ...docker, labelPrefix: 'traefik.docker' } } : { docker }, unknownNode };
  }
  return { entryPoints, apiInsecure, providers: { docker: provider(f, 'docker'), swarm: provider(f, 'swarm') }, unknownNode };
}
