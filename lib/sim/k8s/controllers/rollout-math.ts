/** The numbers of a rolling update: maxSurge / maxUnavailable resolved against the replica count. */
import { clone } from '../util';
import type { Deployment, ReplicaSet } from '../types';

function resolve(v: number | string | undefined, total: number, roundUp: boolean): number {
  if (v === undefined) return 0;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  if (!m) return Number(v) || 0;
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

export function fenceposts(d: Deployment): { maxSurge: number; maxUnavailable: number } {
  const ru = d.spec.strategy.rollingUpdate;
  if (d.spec.strategy.type !== 'RollingUpdate' || !ru) return { maxSurge: 0, maxUnavailable: 0 };
  const maxSurge = resolve(ru.maxSurge, d.spec.replicas, true);
  let maxUnavailable = resolve(ru.maxUnavailable, d.spec.replicas, false);
  if (maxSurge === 0 && maxUnavailable === 0) maxUnavailable = 1;
  return { maxSurge, maxUnavailable };
}

export const REVISION = 'deployment.kubernetes.io/revision';

export function revisionOf(rs: ReplicaSet): number {
  return Number(rs.metadata.annotations?.[REVISION] ?? 0) || 0;
}

export const sum = (rss: readonly ReplicaSet[], f: (rs: ReplicaSet) => number | undefined): number => rss.reduce((n, rs) => n + (f(rs) ?? 0), 0);

/** Templates equal apart from the pod-template-hash label. */
export function sameTemplate(a: unknown, b: unknown): boolean {
  const strip = (t: unknown) => {
    const c = clone(t) as { metadata?: { labels?: Record<string, string>; creationTimestamp?: unknown } };
    if (c.metadata?.labels) {
      delete c.metadata.labels['pod-template-hash'];
      if (Object.keys(c.metadata.labels).length === 0) delete c.metadata.labels;
    }
    if (c.metadata) delete c.metadata.creationTimestamp;
    return canonical(c);
  };
  return strip(a) === strip(b);
}

function canonical(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return '{' + Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}';
  }
  return JSON.stringify(v) ?? 'null';
}
