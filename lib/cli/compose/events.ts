/**
 * `docker compose events`: the project's container events as compose prints them
 * (`2026-01-15 09:00:00.000000 container start <id> (image=nginx, name=shop-web-1)`, compose's
 * own labels left out, a blank line after each as its Fprintln of a "\n"-ended string gives), or
 * `--json` lines. Past events with --since/--until; otherwise it streams until Ctrl+C.
 */
import { PROJECT_LABEL, SERVICE_LABEL } from '../../sim/compose/index';
import { hostOf, queryEvents, rfc3339Nano, type EngineEvent } from '../../sim/index';
import { CliError, defineCommand, f } from '../command';
import type { ComposeEnv } from './env';
import { projectName } from './project-options';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}000`;
}

function render(e: EngineEvent, json: boolean, service: string): string {
  const attrs = Object.entries(e.actor.attributes).filter(([k]) => !k.startsWith('com.docker.compose.')).sort(([a], [b]) => (a < b ? -1 : 1));
  if (json) {
    const attributes = Object.fromEntries(attrs);
    return JSON.stringify({ action: e.action, attributes, id: e.actor.id, service, time: rfc3339Nano(e.time), type: 'container' }) + '\n';
  }
  return `${stamp(e.time)} container ${e.action} ${e.actor.id} (${attrs.map(([k, v]) => `${k}=${v}`).join(', ')})\n\n`;
}

function parseTime(v: string, now: number): number | undefined {
  if (v === '') return undefined;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (!Number.isNaN(t)) return t;
  const m = /^(\d+)(s|m|h)$/.exec(v);
  if (m) return now - Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000 }[m[2] as 's' | 'm' | 'h'];
  throw new CliError(`invalid time: ${v}`);
}

export const events = defineCommand<ComposeEnv>()({
  use: 'events [OPTIONS] [SERVICE...]',
  short: 'Receive real time events from containers',
  flags: {
    json: f.bool({ usage: 'Output events as a stream of json objects' }),
    since: f.string({ usage: 'Show all events created since timestamp' }),
    until: f.string({ usage: 'Stream events until this timestamp' }),
  },
  run(ctx, o, services) {
    const eng = ctx.env.eng;
    const name = projectName(ctx);
    const now = eng.world.clock;
    // the labels travel in the event's attributes; the engine may not copy them, so the live container is asked too
    const labelsOf = (e: EngineEvent) => ({ ...(hostOf(eng).containers[e.actor.id]?.config.Labels ?? {}), ...e.actor.attributes });
    const ours = (e: EngineEvent) => {
      const l = labelsOf(e);
      return e.type === 'container' && l[PROJECT_LABEL] === name && (services.length === 0 || services.includes(l[SERVICE_LABEL] ?? ''));
    };
    const show = (list: EngineEvent[]) => list.filter(ours).map((e) => render(e, o.json, labelsOf(e)[SERVICE_LABEL] ?? '')).join('');
    const since = parseTime(o.since, now);
    const until = parseTime(o.until, now);
    if (since !== undefined) {
      ctx.out(show(queryEvents(eng.world, eng.host, { since, ...(until !== undefined ? { until } : {}) })));
    }
    if (until !== undefined && until <= now) return 0;
    ctx.io.shell.attach(() => ({ output: show(queryEvents(eng.world, eng.host, { since: now + 1 })), exitCode: 130 }));
    return 0;
  },
});
