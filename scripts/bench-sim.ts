/**
 * The whole simulator through the learner's session (shell → tools → engine → formatter), with a
 * realistic mix: containers come and go (run -d, logs, exec, inspect, stop, rm), images, networks
 * and volumes are created and removed, curl, shell builtins and pipes, `--format` templates and
 * typed mistakes. The world grows like a long session and reaches a steady state.
 * Prints commands/s, latency percentiles and the heap before/after (gc first).
 *   npm run bench:sim [-- rounds]        (node --expose-gc through tsx)
 */
import { createHostSession } from '../lib/host';

const ROUNDS = Number(process.argv[2] ?? 400);
const gc = (globalThis as { gc?: () => void }).gc;

/** Commands of round `i`: `ok` false marks the mistakes (a non-zero status is what they must give). */
function round(i: number): Array<{ cmd: string; ok: boolean }> {
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

const s = createHostSession();
for (const setup of ['docker pull -q alpine', 'docker pull -q nginx', 'docker run -d --name web -p 8080:80 nginx', 'docker run -d --name box alpine sleep 100000']) {
  const r = s.run(setup);
  if (r.exitCode !== 0) throw new Error(`${setup}: ${r.stderr}`);
}

function replay(from: number, to: number, lat: number[] | null): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    for (const { cmd, ok } of round(i)) {
      const t = performance.now();
      const r = s.run(cmd);
      const dt = performance.now() - t;
      lat?.push(dt);
      n++;
      if ((r.exitCode === 0) !== ok) throw new Error(`${cmd}: exit ${r.exitCode}\n${r.stderr}`);
    }
  }
  return n;
}

const mb = (b: number) => (b / 1048576).toFixed(1) + ' MB';
replay(0, 30, null); // warm-up (JIT, caches)
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const lat: number[] = [];
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const count = replay(30, 30 + ROUNDS, lat);
const cpu = process.cpuUsage(cpu0);
const total = performance.now() - t0;
const cpuMs = (cpu.user + cpu.system) / 1000;
gc?.();
const heapAfter = process.memoryUsage().heapUsed;

lat.sort((a, b) => a - b);
const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!.toFixed(3);
console.log(`${count} commands in ${total.toFixed(0)} ms — ${Math.round((count / total) * 1000)} commands/s`);
// On a shared machine wall time includes waiting for a core; CPU time is what the simulator costs.
console.log(`CPU time ${cpuMs.toFixed(0)} ms — ${Math.round((count / cpuMs) * 1000)} commands per CPU-second`);
console.log(`latency p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${lat.at(-1)!.toFixed(2)} ms`);
console.log(`heap ${mb(heapBefore)} before → ${mb(heapAfter)} after${gc ? '' : ' (run with --expose-gc for exact figures)'}`);
console.log(`world: ${Object.keys(s.engine.world.hosts[0]!.containers).length} containers, clock +${((s.engine.world.clock - 1768467600000) / 1000).toFixed(0)} s, history ${s.history().length}`);
