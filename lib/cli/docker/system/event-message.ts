/**
 * An engine event as the API's events.Message: the struct fields templates use (Type, Action,
 * Actor.ID, Actor.Attributes, Scope, Time, TimeNano, and the legacy Status/ID/From), its JSON
 * (json tags, struct order) and docker's default one-line rendering.
 */
import type { EngineEvent } from '../../../sim/index';
import { GO_TYPE } from '../../format/template';

/** Nanoseconds within the millisecond, stable per event (the simulated clock counts ms). */
const subMs = (e: EngineEvent) => BigInt((e.seq * 7919) % 1_000_000);

export class EventMessage {
  readonly [GO_TYPE] = 'events.Message';
  readonly Status: string;
  readonly ID: string;
  readonly From: string;
  readonly Type: string;
  readonly Action: string;
  readonly Actor: { readonly [GO_TYPE]: string; ID: string; Attributes: Map<string, string> };
  readonly Scope: string;
  readonly Time: number;
  readonly TimeNano: bigint;

  constructor(e: EngineEvent) {
    const legacy = e.type === 'container' || e.type === 'image';
    this.Status = legacy ? e.action : '';
    this.ID = legacy ? e.actor.id : '';
    this.From = e.type === 'container' ? (e.actor.attributes['image'] ?? '') : '';
    this.Type = e.type;
    this.Action = e.action;
    this.Actor = { [GO_TYPE]: 'events.Actor', ID: e.actor.id, Attributes: new Map(Object.entries(e.actor.attributes)) };
    this.Scope = e.scope;
    this.Time = Math.floor(e.time / 1000);
    this.TimeNano = BigInt(e.time) * 1_000_000n + subMs(e);
  }

  goMarshalJSON(): Record<string, unknown> {
    return {
      ...(this.Status ? { status: this.Status } : {}),
      ...(this.ID ? { id: this.ID } : {}),
      ...(this.From ? { from: this.From } : {}),
      Type: this.Type,
      Action: this.Action,
      Actor: { ID: this.Actor.ID, Attributes: this.Actor.Attributes },
      scope: this.Scope,
      time: this.Time,
      timeNano: this.TimeNano,
    };
  }
}

/** `2026-01-15T09:00:05.123456789Z container start 3f2a… (image=nginx, name=web)`. */
export function prettyEvent(e: EngineEvent): string {
  const iso = new Date(e.time).toISOString();
  const nanos = (BigInt(e.time % 1000) * 1_000_000n + subMs(e)).toString().padStart(9, '0');
  const attrs = Object.keys(e.actor.attributes)
    .sort()
    .map((k) => `${k}=${e.actor.attributes[k]}`);
  return `${iso.slice(0, 19)}.${nanos}Z ${e.type} ${e.action} ${e.actor.id}${attrs.length ? ` (${attrs.join(', ')})` : ''}\n`;
}
