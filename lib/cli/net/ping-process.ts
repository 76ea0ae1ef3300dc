/**
 * `ping HOST` without -c as a container's main process (`docker run -d alpine ping example.com`):
 * a behaviour that prints the header at start, a reply line every simulated second through a
 * tick hook (state in `host.ext.ping`, plain data), ignores SIGTERM as PID 1 (so `docker stop`
 * waits for the timeout, exit 137) and prints the statistics on SIGINT (Ctrl+C, `docker kill -s INT`).
 */
import { hostOf, registerBehaviour, type Engine, type Runtime, type TickHook, type World } from '../../sim/index';
import { appendLog } from '../../sim/containers/logs';
import type { BehaviourCtx, ServiceBehaviour } from '../../sim/containers/behaviours/types';
import { describe, header, reply, rtts, stats, type Target } from './ping-output';
import { reachable, resolveFirst } from './route';
import { containerFlavour } from './programs';
import type { Flavour } from './types';

interface PingState {
  target: Target | null;
  flavour: Flavour;
  ok: boolean;
  /** Packets sent so far. */
  sent: number;
  received: number;
  /** When the next packet goes out. */
  next: number;
  rtt: number[];
}

/** Lines appended per hook run at most (the log keeps 1,000 lines anyway). */
const MAX_BATCH = 1000;
const state = (h: { ext: Record<string, unknown> }) => ((h.ext['ping'] ??= {}) as Record<string, PingState>);

const isPing = (argv: readonly string[]) => (argv[0] ?? '').replace(/.*\//, '') === 'ping' && !argv.some((a, i) => i > 0 && /^-[a-zA-Z]*[cw]/.test(a)) && argv.length >= 2;

function tick(eng: Engine, id: string, s: PingState, until: number): void {
  const c = hostOf(eng).containers[id];
  for (let n = 0; n < MAX_BATCH && s.next <= until; n++) {
    s.sent++;
    if (s.ok && s.target) {
      const ms = s.rtt[(s.sent - 1) % s.rtt.length]!;
      s.received++;
      if (c) appendLog(c, 'stdout', reply(s.flavour, s.target, s.sent, ms), s.next);
    }
    s.next += 1000;
  }
}

export const pingHook: TickHook = {
  name: 'ping',
  nextDue(world: World): number | null {
    let due: number | null = null;
    for (const h of world.hosts) {
      const st = h.ext['ping'] as Record<string, PingState> | undefined;
      if (!st) continue; // no ping ever ran on this host: nothing to look at on each clock step
      for (const [id, s] of Object.entries(st)) {
        const c = h.containers[id];
        if (!c || !c.state.Running || c.proc?.behaviour !== 'ping') continue;
        if (!c.state.Paused && (due === null || s.next < due)) due = s.next;
      }
    }
    return due;
  },
  run(world: World, rt: Runtime, _now: number, until: number): void {
    for (const h of world.hosts) {
      const eng: Engine = { world, rt, host: h.name };
      const st = state(h);
      for (const [id, s] of Object.entries(st)) {
        const c = h.containers[id];
        if (!c || !c.state.Running || c.proc?.behaviour !== 'ping') delete st[id];
        else if (!c.state.Paused) tick(eng, id, s, until);
      }
    }
  },
};

export const pingBehaviour: ServiceBehaviour = {
  name: 'ping',
  memory: 420_000,
  minMemory: 0,
  match: (argv, wrapper) => wrapper === null && isPing(argv),
  start(ctx: BehaviourCtx) {
    const { eng, c } = ctx;
    if (!eng.rt.hooks.includes(pingHook)) eng.rt.hooks.push(pingHook);
    const flavour = containerFlavour(eng, c, 'ping') ?? 'busybox';
    const name = ctx.argv.at(-1)!;
    const origin = { kind: 'container' as const, id: c.id };
    const ip = resolveFirst(eng, origin, name);
    if (!ip) {
      ctx.log('stderr', flavour === 'busybox' ? `ping: bad address '${name}'` : `ping: ${name}: Name or service not known`);
      return { exit: { code: flavour === 'busybox' ? 1 : 2, afterMs: 0 } };
    }
    const target = describe(eng, origin, name, ip);
    ctx.log('stdout', header(flavour, target, 56));
    const s: PingState = { target, flavour, ok: reachable(eng, origin, ip), sent: 0, received: 0, next: ctx.now, rtt: rtts(eng, target, 16) };
    state(hostOf(eng))[c.id] = s;
    tick(eng, c.id, s, ctx.now);
    return {};
  },
  signal(ctx, sig) {
    if (sig !== 'SIGINT' && sig !== 'SIGQUIT') return null;
    const st = state(hostOf(ctx.eng));
    const s = st[ctx.c.id];
    if (!s?.target) return 1;
    if (sig === 'SIGQUIT') return null;
    ctx.log('stdout', stats(s.flavour, s.target, s.sent, s.rtt.slice(0, Math.min(s.received, s.rtt.length))));
    delete st[ctx.c.id];
    return s.received > 0 ? 0 : 1;
  },
  listeners: () => [],
  processes: (ctx) => [{ user: 'root', cmd: ctx.argv.join(' '), parent: -1 }],
};

registerBehaviour(pingBehaviour);
