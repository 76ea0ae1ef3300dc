/**
 * Container logs (json-file driver): timestamped lines per stream, capped per container so a
 * chatty loop keeps memory flat. Lines may be stamped in the near future (a database that becomes
 * ready after a few seconds); reads only return what has "happened" by the current clock.
 */
import type { Engine } from '../core/engine';
import { EngineError } from '../core/errors';
import type { ContainerRecord, LogLine } from './types';

export const MAX_LOG_LINES = 1000;
/** The log is trimmed back to MAX_LOG_LINES once it grows this much past it (amortised trimming). */
export const LOG_TRIM_SLACK = 100;

/**
 * Drivers that ship logs elsewhere. Since Engine 20.10 dockerd keeps a local copy of their output
 * ("dual logging"), so `docker logs` still reads it unless `--log-opt cache-disabled=true`.
 * `none` keeps nothing at all.
 */
const REMOTE_DRIVERS = new Set(['syslog', 'gelf', 'fluentd', 'awslogs', 'splunk', 'etwlogs', 'gcplogs', 'logentries']);

function readable(c: ContainerRecord): boolean {
  const { Type, Config } = c.hostConfig.LogConfig;
  if (Type === 'none') return false;
  return !(REMOTE_DRIVERS.has(Type) && Config?.['cache-disabled'] === 'true');
}

export function appendLog(c: ContainerRecord, stream: LogLine['stream'], text: string, t: number): void {
  if (text === '') return;
  const lines = text.endsWith('\n') ? text.slice(0, -1).split('\n') : text.split('\n');
  for (const line of lines) {
    const entry: LogLine = { t, stream, text: line };
    const last = c.logs[c.logs.length - 1];
    if (!last || last.t <= t) c.logs.push(entry);
    else {
      let i = c.logs.length - 1;
      while (i > 0 && c.logs[i - 1]!.t > t) i--;
      c.logs.splice(i, 0, entry);
    }
  }
  if (c.logs.length > MAX_LOG_LINES + LOG_TRIM_SLACK) {
    const drop = c.logs.length - MAX_LOG_LINES;
    c.logs.splice(0, drop);
    c.logsDropped += drop;
  }
}

export interface LogQuery {
  /** ms since epoch, inclusive. */
  since?: number;
  /** ms since epoch, exclusive as docker's --until. */
  until?: number;
  /** Last N lines (after since/until); undefined or negative: all. */
  tail?: number;
  stdout?: boolean;
  stderr?: boolean;
}

/** docker logs: lines visible at the current time. */
export function readLogs(eng: Engine, c: ContainerRecord, q: LogQuery = {}): LogLine[] {
  if (!readable(c)) {
    throw new EngineError('unknown', `configured logging driver does not support reading`);
  }
  const now = eng.world.clock;
  const wantOut = q.stdout ?? true;
  const wantErr = q.stderr ?? true;
  const keep = (l: LogLine) => l.t <= now && (l.stream === 'stdout' ? wantOut : wantErr) && (q.since === undefined || l.t >= q.since) && (q.until === undefined || l.t < q.until);
  const logs = c.logs;
  const first = Math.max(0, logs.length - MAX_LOG_LINES);
  const out: LogLine[] = [];
  if (q.tail !== undefined && q.tail >= 0) {
    // --tail N: the last N kept lines, found from the end.
    for (let i = logs.length - 1; i >= first && out.length < q.tail; i--) if (keep(logs[i]!)) out.push(logs[i]!);
    return out.reverse();
  }
  for (let i = first; i < logs.length; i++) if (keep(logs[i]!)) out.push(logs[i]!);
  return out;
}

/** Lines stamped after `from` and up to now (what a `docker logs -f` or attached terminal shows next). */
export function logsBetween(c: ContainerRecord, from: number, to: number): LogLine[] {
  return c.logs.filter((l) => l.t > from && l.t <= to);
}
