/**
 * `docker events` / `docker system events`: past events from --since, new ones until --until
 * (the clock runs to it) or until Ctrl+C (the terminal stays attached); --filter with the
 * daemon's keys; --format templates over events.Message.
 */
import { advance, EngineError, queryEvents, type EngineEvent } from '../../../sim/index';
import { defineCommand, f, noArgs, StatusError } from '../../command';
import { GoTemplate } from '../../format/template';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import { parseTimestamp } from '../container/timestamp';
import type { DockerEnv } from '../env';
import { EventMessage, prettyEvent } from './event-message';

const FILTER_KEYS = ['config', 'container', 'daemon', 'event', 'image', 'label', 'network', 'node', 'plugin', 'scope', 'secret', 'service', 'type', 'volume'];
/** Longest wait --until may ask of the simulated clock. */
const MAX_WAIT_MS = 24 * 3600_000;

function template(format: string): GoTemplate | null {
  if (format === '') return null;
  try {
    const t = GoTemplate.parse(format === 'json' ? '{{json .}}' : format);
    t.execute(new EventMessage({ type: 'container', action: '', actor: { id: '', attributes: {} }, scope: 'local', time: 0, seq: 0, host: '' }));
    return t;
  } catch (e) {
    throw new StatusError(64, `Error parsing format: ${(e as Error).message}`);
  }
}

function timestamp(value: string, now: number): number | undefined {
  if (value === '') return undefined;
  try {
    return parseTimestamp(value, now);
  } catch (e) {
    throw new EngineError('invalidParameter', (e as Error).message);
  }
}

export const events = defineCommand<DockerEnv>()({
  use: 'events [OPTIONS]',
  short: 'Get real time events from the server',
  args: noArgs,
  aliasesLine: 'docker system events, docker events',
  at: [{ parent: 'system' }, { parent: '' }],
  flags: {
    filter: f.filter({ short: 'f', usage: 'Filter output based on conditions provided' }),
    format: f.string({ usage: INSPECT_FORMAT_HELP }),
    since: f.string({ usage: 'Show all events created since timestamp' }),
    until: f.string({ usage: 'Stream events until this timestamp' }),
  },
  complete: () => [],
  run(ctx, o) {
    const eng = ctx.env.eng;
    const tmpl = template(o.format);
    for (const key of Object.keys(o.filter)) if (!FILTER_KEYS.includes(key)) throw new EngineError('invalidParameter', `invalid filter '${key}'`);
    const now = eng.world.clock;
    const since = timestamp(o.since, now);
    const until = timestamp(o.until, now);
    if (until !== undefined && until > now) advance(eng, Math.min(until - now, MAX_WAIT_MS));
    const from = since ?? now + 1;
    const list = queryEvents(eng.world, eng.host, { since: from, ...(until !== undefined ? { until } : {}), filters: o.filter });
    const render = (e: EngineEvent) => (tmpl ? tmpl.execute(new EventMessage(e)) + '\n' : prettyEvent(e));
    ctx.out(list.map(render).join(''));
    if (until === undefined) ctx.io.shell.attach(() => ({ output: '', exitCode: 130 }));
    return 0;
  },
});
