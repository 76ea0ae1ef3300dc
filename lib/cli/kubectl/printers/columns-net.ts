/** Cells for Endpoints, EndpointSlices and Events. */
import { ageOf } from '../../../sim/k8s/time';
import type { KEvent, KObject } from '../../../sim/k8s/types';
import type { Columns } from './columns';

function capped(items: string[]): string {
  if (items.length === 0) return '<none>';
  return items.length > 3 ? `${items.slice(0, 3).join(',')} + ${items.length - 3} more...` : items.join(',');
}

export function endpointsCell(o: KObject): string {
  const subsets = (o['subsets'] as Array<{ addresses?: Array<{ ip: string }>; ports?: Array<{ port: number }> }> | undefined) ?? [];
  const out: string[] = [];
  for (const s of subsets) for (const a of s.addresses ?? []) for (const p of s.ports ?? [{ port: 0 }]) out.push(p.port ? `${a.ip}:${p.port}` : a.ip);
  return capped(out);
}

export function slicePortsCell(o: KObject): string {
  const ports = (o['ports'] as Array<{ port?: number }> | null | undefined) ?? [];
  return ports.length ? ports.map((p) => String(p.port ?? '')).join(',') : '<unset>';
}

export function sliceEndpointsCell(o: KObject): string {
  const eps = (o['endpoints'] as Array<{ addresses: string[] }> | null | undefined) ?? [];
  return capped(eps.flatMap((e) => e.addresses));
}

export const eventColumns: Columns = {
  headers: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  cells(o, now) {
    const e = o as KEvent;
    const obj = `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`;
    return [ageOf(e.lastTimestamp, now), e.type, e.reason, obj, e.message];
  },
};
