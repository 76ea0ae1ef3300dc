/**
 * The benchmark's workload, independent of where it runs (Node or a browser worker): a long
 * learner session with a realistic mix — containers come and go (run -d, logs, exec, inspect, stop,
 * rm), images, networks and volumes are created and removed, curl, shell builtins and pipes,
 * `--format` templates and typed mistakes. The world grows like a long session and reaches a steady
 * state.
 */
import { createHostSession } from '../../lib/host';

export interface Line {
  cmd: string;
  /** false marks the mistakes: a non-zero status is what they must give. */
  ok: boolean;
}

/** Commands of round `i` (31 lines). */
export function round(i: number): Line[] {
  const ok = (cmd: string) => ({ cmd, ok: true });
  const bad = (cmd: string) => ({ cmd, ok: false });
  return [
    ok(`docker run -d --name job${i} alpine sh -c 'echo started job ${i}; sleep 3600'`),
    ok('docker ps'),
    ok('docker ps -a --format "{{.Names}}\\t{{.Status}}"'),
    ok(`docker logs job${i}`),
    ok(`docker exec job${i} ls /`),
    ok(`docker inspect -f '{{.State.Status}} {{.NetworkSettings.IPAddress}}' job${i}`),
    ok('docker logs --tail 5 web'),
    ok('docker port web'),
    ok('docker run --rm alpine echo hello'),
    ok('docker images'),
    ok('docker image ls --format "{{.Repository}}:{{.Tag}} {{.Size}}"'),
    ok(`docker network create net${i}`),
    ok('docker network ls'),
    ok(`docker volume create vol${i}`),
    ok('docker volume ls -q'),
    ok('curl -s localhost:8080'),
    ok('echo hello world | tr a-z A-Z'),
    ok('ls -la | wc -l'),
    ok('for n in 1 2 3; do echo "item $n"; done | grep 2'),
    ok('cd /tmp && pwd && cd'),
    ok('X=5; echo $((X * 7))'),
    ok('docker ps -q --filter status=running | wc -l'),
    ok(`docker stop -t 1 job${i}`),
    ok(`docker rm job${i}`),
    ok(`docker network rm net${i}`),
    ok(`docker volume rm vol${i}`),
    bad('docker inspect nosuch'),
    bad('docker run --bogus alpine'),
    bad('docker rm nosuch'),
    bad('cat /nope'),
    bad('dockr ps'),
  ];
}

/** Lines per round. */
export const ROUND_SIZE = round(0).length;

const SETUP = ['docker pull -q alpine', 'docker pull -q nginx', 'docker run -d --name web -p 8080:80 nginx', 'docker run -d --name box alpine sleep 100000'];

/** One timed stretch of rounds: wall time and every command's latency (ms). */
export interface Stretch {
  commands: number;
  wallMs: number;
  latencies: number[];
}

export type MixSession = ReturnType<typeof createHostSession>;

/** A fresh session with a web server and an idle container, as a learner's would have. */
export function startSession(): MixSession {
  const s = createHostSession();
  for (const line of SETUP) {
    const r = s.run(line);
    if (r.exitCode !== 0) throw new Error(`${line}: ${r.stderr}`);
  }
  return s;
}

/** Replays rounds [from, to); a command whose status is not what its line expects stops the run. */
export function replay(s: MixSession, from: number, to: number, timed: boolean): Stretch {
  const latencies: number[] = [];
  let commands = 0;
  const t0 = performance.now();
  for (let i = from; i < to; i++) {
    for (const { cmd, ok } of round(i)) {
      const t = performance.now();
      const r = s.run(cmd);
      if (timed) latencies.push(performance.now() - t);
      commands++;
      if ((r.exitCode === 0) !== ok) throw new Error(`${cmd}: exit ${r.exitCode}\n${r.stderr}`);
    }
  }
  return { commands, wallMs: performance.now() - t0, latencies };
}

/** The two phases every runtime measures. */
export interface Phases {
  /** Rounds of warm-up before the cold measurement (JIT still tiering up). */
  coldWarmup: number;
  /** Rounds replayed before the steady measurement (JIT caught up). */
  steadyWarmup: number;
  /** Rounds measured in each phase. */
  rounds: number;
}

export const DEFAULT_PHASES: Phases = { coldWarmup: 30, steadyWarmup: 2000, rounds: 400 };

/**
 * A fresh session through both phases: warm-up, the cold stretch, more warm-up, the steady stretch.
 * `measure` times a stretch; `mark` runs before, between and after them (heap readings).
 */
export function runPhases<T>(phases: Phases, measure: (s: MixSession, from: number) => T, mark: () => void = () => {}) {
  const session = startSession();
  replay(session, 0, phases.coldWarmup, false);
  mark();
  const cold = measure(session, phases.coldWarmup);
  mark();
  const coldEnd = phases.coldWarmup + phases.rounds;
  const steadyFrom = Math.max(phases.steadyWarmup, coldEnd);
  replay(session, coldEnd, steadyFrom, false);
  const steady = measure(session, steadyFrom);
  mark();
  return { session, cold, steady, steadyWarmupCommands: steadyFrom * ROUND_SIZE };
}

/** Latency summary in ms. */
export interface Summary {
  commands: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
}

export function summarise(st: Stretch): Summary {
  const lat = [...st.latencies].sort((a, b) => a - b);
  const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] ?? 0;
  return { commands: st.commands, perSecond: (st.commands / st.wallMs) * 1000, p50: pct(50), p90: pct(90), p99: pct(99), max: lat.at(-1) ?? 0 };
}
