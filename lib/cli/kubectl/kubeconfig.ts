/**
 * The kubeconfig file (~/.kube/config, $KUBECONFIG, --kubeconfig): minikube writes its cluster,
 * context and user there; kubectl reads the current context to know the server and namespace,
 * and `kubectl config` edits it. Plain YAML on the machine's filesystem.
 */
import { parse } from 'yaml';
import type { FileSystem } from '../../sim/fs/types';
import { toYaml } from './printers/yaml';

export interface NamedCluster {
  name: string;
  cluster: { server: string; 'certificate-authority'?: string; extensions?: unknown[]; [k: string]: unknown };
}
export interface NamedContext {
  name: string;
  context: { cluster: string; user: string; namespace?: string; extensions?: unknown[] };
}
export interface NamedUser {
  name: string;
  user: Record<string, unknown>;
}

export interface KubeConfig {
  apiVersion: 'v1';
  clusters: NamedCluster[] | null;
  contexts: NamedContext[] | null;
  'current-context': string;
  kind: 'Config';
  preferences: Record<string, unknown>;
  users: NamedUser[] | null;
}

export function emptyConfig(): KubeConfig {
  return { apiVersion: 'v1', clusters: null, contexts: null, 'current-context': '', kind: 'Config', preferences: {}, users: null };
}

/** Where kubectl looks: --kubeconfig, else the first $KUBECONFIG entry, else ~/.kube/config. */
export function configPath(env: Readonly<Record<string, string>>, flag = ''): string {
  if (flag) return flag;
  const fromEnv = (env['KUBECONFIG'] ?? '').split(':').find((p) => p !== '');
  return fromEnv ?? `${env['HOME'] ?? '/home/learner'}/.kube/config`;
}

export function readConfig(fs: FileSystem, path: string): KubeConfig {
  let text: string;
  try {
    if (fs.stat(path)?.type !== 'file') return emptyConfig();
    text = fs.readFile(path);
  } catch {
    return emptyConfig();
  }
  try {
    const data = (parse(text) ?? {}) as Partial<KubeConfig>;
    return { ...emptyConfig(), ...data };
  } catch {
    return emptyConfig();
  }
}

export function writeConfig(fs: FileSystem, path: string, cfg: KubeConfig): void {
  const dir = path.slice(0, path.lastIndexOf('/')) || '/';
  if (!fs.stat(dir)) fs.mkdir(dir, { recursive: true, mode: 0o750 });
  fs.writeFile(path, toYaml(cfg), { mode: 0o600 });
}

export interface Target {
  context: string;
  /** API server URL; '' when there is no usable context (kubectl falls back to localhost:8080). */
  server: string;
  namespace: string;
}

export function currentTarget(cfg: KubeConfig, contextFlag = ''): Target {
  const name = contextFlag || cfg['current-context'] || '';
  const ctx = cfg.contexts?.find((c) => c.name === name)?.context;
  const cluster = ctx ? cfg.clusters?.find((c) => c.name === ctx.cluster)?.cluster : undefined;
  return { context: ctx ? name : '', server: cluster?.server ?? '', namespace: ctx?.namespace || 'default' };
}

function upsert<T extends { name: string }>(list: T[] | null, item: T): T[] {
  const out = (list ?? []).filter((x) => x.name !== item.name);
  out.push(item);
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** What `minikube start` writes (cluster, context, user named after the profile; current context). */
export function addMinikube(cfg: KubeConfig, profile: string, server: string, home: string, lastUpdate: string): KubeConfig {
  const ext = (name: string) => [{ extension: { 'last-update': lastUpdate, provider: 'minikube.sigs.k8s.io', version: 'v1.36.0' }, name }];
  return {
    ...cfg,
    clusters: upsert(cfg.clusters, { name: profile, cluster: { 'certificate-authority': `${home}/.minikube/ca.crt`, extensions: ext('cluster_info'), server } }),
    contexts: upsert(cfg.contexts, { name: profile, context: { cluster: profile, extensions: ext('context_info'), namespace: 'default', user: profile } }),
    'current-context': profile,
    users: upsert(cfg.users, { name: profile, user: { 'client-certificate': `${home}/.minikube/profiles/${profile}/client.crt`, 'client-key': `${home}/.minikube/profiles/${profile}/client.key` } }),
  };
}

/** What `minikube delete` leaves: the profile's entries gone, `null` lists when empty. */
export function removeMinikube(cfg: KubeConfig, profile: string): KubeConfig {
  const drop = <T extends { name: string }>(l: T[] | null) => {
    const out = (l ?? []).filter((x) => x.name !== profile);
    return out.length ? out : null;
  };
  return { ...cfg, clusters: drop(cfg.clusters), contexts: drop(cfg.contexts), users: drop(cfg.users), 'current-context': cfg['current-context'] === profile ? '' : cfg['current-context'] };
}
