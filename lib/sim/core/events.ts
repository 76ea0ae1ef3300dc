/**
 * The daemon's event log (`docker events`), capped so memory stays flat over long sessions.
 */
import type { World } from './world';

export type EventType = 'container' | 'image' | 'network' | 'volume' | 'daemon' | 'plugin' | 'node' | 'service' | 'secret' | 'config';

export interface EngineEvent {
  type: EventType;
  action: string;
  actor: { id: string; attributes: Record<string, string> };
  scope: 'local' | 'swarm';
  /** Simulated ms since epoch. */
  time: number;
  /** Tie-breaker for events in the same ms. */
  seq: number;
  host: string;
}

/** The log keeps (and queries see) the last MAX_EVENTS events. */
export const MAX_EVENTS = 1000;
/** The log is trimmed back to MAX_EVENTS once it grows this much past it (amortised trimming). */
export const EVENT_TRIM_SLACK = 100;

export function emit(
  world: World,
  host: string,
  type: EventType,
  action: string,
  id: string,
  attributes: Record<string, string> = {},
  scope: EngineEvent['scope'] = 'local',
): void {
  world.events.push({ type, action, actor: { id, attributes }, scope, time: world.clock, seq: ++world.seq, host });
  if (world.events.length > MAX_EVENTS + EVENT_TRIM_SLACK) {
    const drop = world.events.length - MAX_EVENTS;
    world.events.splice(0, drop);
    world.eventsDropped += drop;
  }
}

export interface EventQuery {
  since?: number;
  until?: number;
  /** docker events --filter key=value (type, event/action, container, image, network, volume, service, node, secret, config, label, scope). */
  filters?: Record<string, string[]>;
}

export function queryEvents(world: World, host: string, q: EventQuery = {}): EngineEvent[] {
  const kept = world.events.length > MAX_EVENTS ? world.events.slice(-MAX_EVENTS) : world.events;
  return kept.filter((e) => {
    if (e.host !== host) return false;
    if (q.since !== undefined && e.time < q.since) return false;
    if (q.until !== undefined && e.time > q.until) return false;
    for (const [key, values] of Object.entries(q.filters ?? {})) {
      if (values.length > 0 && !values.some((v) => matchesFilter(e, key, v))) return false;
    }
    return true;
  });
}

function matchesFilter(e: EngineEvent, key: string, value: string): boolean {
  const a = e.actor.attributes;
  switch (key) {
    case 'type':
      return e.type === value;
    case 'event':
    case 'action':
      return e.action === value || e.action.startsWith(value + ':');
    case 'container':
    case 'network':
    case 'volume':
    case 'service':
    case 'node':
    case 'secret':
    case 'config':
      return e.type === key && (e.actor.id.startsWith(value) || a.name === value);
    case 'image':
      return (e.type === 'image' && (e.actor.id === value || a.name === value)) || a.image === value;
    case 'label': {
      const [k, v] = value.split('=', 2) as [string, string | undefined];
      return v === undefined ? k in a : a[k] === v;
    }
    case 'scope':
      return e.scope === value;
    default:
      return false;
  }
}
