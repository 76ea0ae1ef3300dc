/** docker volume ls / network ls filters as the daemon applies them. */
import { hostOf, type Engine } from '../core/engine';
import { invalid } from '../core/errors';
import { activeEndpoints, matchLabels } from '../networks/manage';
import type { NetworkRecord } from '../networks/types';
import { volumeUsers } from '../volumes/volumes';
import type { VolumeRecord } from '../volumes/types';

function group(filters: readonly string[], accepted: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of filters) {
    const i = f.indexOf('=');
    if (i < 0) throw invalid('bad format of filter (expected name=value)');
    const k = f.slice(0, i);
    if (!accepted.includes(k)) throw invalid(`invalid filter '${k}'`);
    out.set(k, [...(out.get(k) ?? []), f.slice(i + 1)]);
  }
  return out;
}

/** Go filters.GetBoolOrDefault: true/1/false/0, else `invalid filter 'k=[v]'`. */
function bool(f: Map<string, string[]>, key: string): boolean | undefined {
  const vs = f.get(key);
  if (!vs) return undefined;
  const v = vs[0]!.toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw invalid(`invalid filter '${key}=[${vs.join(' ')}]'`);
}

/** `filters.Match`: the value matches exactly or as a regular expression (substring). */
function match(values: string[] | undefined, s: string): boolean {
  if (!values) return true;
  return values.some((v) => {
    if (v === s) return true;
    try {
      return new RegExp(v).test(s);
    } catch {
      return false;
    }
  });
}

export function filterVolumes(eng: Engine, filters: readonly string[]): VolumeRecord[] {
  const host = hostOf(eng);
  const f = group(filters, ['dangling', 'driver', 'label', 'name']);
  const dangling = bool(f, 'dangling');
  return Object.values(host.volumes).filter(
    (v) =>
      (!f.has('driver') || f.get('driver')!.includes(v.driver)) &&
      match(f.get('name'), v.name) &&
      (!f.has('label') || matchLabels(v.labels, f.get('label')!)) &&
      (dangling === undefined || (volumeUsers(host, v.name).length === 0) === dangling),
  );
}

export function filterNetworks(eng: Engine, filters: readonly string[]): NetworkRecord[] {
  const host = hostOf(eng);
  const f = group(filters, ['dangling', 'driver', 'id', 'label', 'name', 'scope', 'type']);
  for (const t of f.get('type') ?? []) if (t !== 'custom' && t !== 'builtin') throw invalid(`invalid filter: 'type'='${t}'`);
  let dangling: boolean | undefined;
  if (f.has('dangling')) {
    const v = f.get('dangling')![0]!;
    if (!['true', '1', 'false', '0'].includes(v)) throw invalid(`invalid value for filter 'dangling', must be "true" (or "1"), or "false" (or "0")`);
    dangling = v === 'true' || v === '1';
  }
  return Object.values(host.networks).filter(
    (n) =>
      (!f.has('driver') || f.get('driver')!.includes(n.driver)) &&
      (!f.has('id') || f.get('id')!.some((v) => n.id.startsWith(v))) &&
      match(f.get('name'), n.name) &&
      (!f.has('scope') || f.get('scope')!.includes(n.scope)) &&
      (!f.has('label') || matchLabels(n.labels, f.get('label')!)) &&
      (!f.has('type') || f.get('type')!.includes(n.predefined ? 'builtin' : 'custom')) &&
      (dangling === undefined || (!n.predefined && activeEndpoints(host, n).length === 0) === dangling),
  );
}
