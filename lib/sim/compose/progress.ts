/**
 * Compose's progress events (pkg/progress): per resource (`Network shop_default`, `Container
 * shop-db-1`) a status text that is Working (`Creating`, `Starting`, `Waiting`…) or Done
 * (`Created`, `Started`, `Healthy`…), Warning or Error, with start and end times. The CLI renders
 * them as the TTY display's last frame or as plain lines. Times are simulated: the world clock plus
 * the nominal cost of each API call compose makes, so they are the same on every run.
 */
export type EventStatus = 'working' | 'done' | 'warning' | 'error';

export interface ProgressEvent {
  id: string;
  status: EventStatus;
  statusText: string;
  text: string;
  parentId: string;
  /** Simulated ms when the event was first seen, and when it last became done/error. */
  start: number;
  end: number | null;
}

/** Nominal durations of daemon calls (ms), for the timers the TTY display shows. */
export const COST = { network: 100, volume: 10, create: 80, start: 300, stop: 200, remove: 50, kill: 100, pause: 20, pull: 400 } as const;

export class Progress {
  /** Every event update in order (for the plain renderer). */
  readonly log: ProgressEvent[] = [];
  /** Latest state per id, in first-seen order (for the TTY frame). */
  readonly byId = new Map<string, ProgressEvent>();
  /** Messages printed after the frame (TailMsgf). */
  readonly tail: string[] = [];
  private offset = 0;

  constructor(
    /** The engine's clock (simulated ms). */
    private readonly clock: () => number,
    readonly title = 'Running',
  ) {}

  now(): number {
    return this.clock() + this.offset;
  }

  /** Account for the time a daemon call takes (the world clock itself does not move). */
  spend(ms: number): void {
    this.offset += ms;
  }

  event(id: string, status: EventStatus, statusText: string, extra: { text?: string; parentId?: string } = {}): void {
    const t = this.now();
    const last = this.byId.get(id);
    const parentId = extra.parentId ?? '';
    const snapshot: ProgressEvent = { id, status, statusText, text: extra.text ?? '', parentId, start: last?.start ?? t, end: last?.end ?? null };
    if (!last && (status === 'done' || status === 'error')) snapshot.end = t;
    if (last && status !== 'working' && last.status !== status) snapshot.end = t;
    this.byId.set(id, snapshot);
    this.log.push(snapshot);
  }

  working(id: string, text: string): void {
    this.event(id, 'working', text);
  }

  done(id: string, text: string): void {
    this.event(id, 'done', text);
  }

  error(id: string, text: string): void {
    this.event(id, 'error', text);
  }

  tailMsg(msg: string): void {
    this.tail.push(msg);
  }

  get empty(): boolean {
    return this.byId.size === 0;
  }
}
