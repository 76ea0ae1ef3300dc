/**
 * Engine speed: replays the model's 10,000 random operations (seeded) and reports throughput,
 * latency percentiles per operation and the final world size. `npx tsx scripts/bench-engine.ts`
 */
import fc from 'fast-check';
import { EngineError } from '../lib/sim/core/errors';
import { createEngine } from '../lib/sim/engine';
import { fakeRunner } from '../lib/sim/testing';
import { pullImage } from '../lib/sim/images/pull';
import { IMAGES, op } from '../lib/sim/testing-model';

const N = Number(process.argv[2] ?? 10_000);
const [ops] = fc.sample(fc.array(op, { minLength: N, maxLength: N }), { seed: 20260115, numRuns: 1 });
const eng = createEngine({ runner: fakeRunner, seed: 9 });
for (const i of IMAGES) pullImage(eng, i);
const times: number[] = [];
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const o of ops!) {
  const s = performance.now();
  try {
    o(eng);
  } catch (e) {
    if (!(e instanceof EngineError)) throw e;
  }
  times.push(performance.now() - s);
}
const total = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(3);
const host = eng.world.hosts[0]!;
console.log(`${N} operations in ${total.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU — ${Math.round((N / total) * 1000)} ops/s`);
console.log(`latency p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
console.log(`world: ${Object.keys(host.containers).length} containers, ${Object.keys(host.images).length} images, ${eng.world.events.length} events, ${(JSON.stringify(eng.world).length / 1e6).toFixed(2)} MB as JSON`);

// A typical learner session: a few containers, the everyday operations.
import('../lib/sim/index').then((sim) => {
  const e = createEngine({ runner: fakeRunner, seed: 1 });
  for (const i of ['nginx', 'alpine', 'redis:7']) pullImage(e, i);
  const lat: number[] = [];
  const time = (fn: () => unknown) => {
    const s = performance.now();
    fn();
    lat.push(performance.now() - s);
  };
  const rounds = 1000;
  const c0 = process.cpuUsage();
  const t = performance.now();
  for (let i = 0; i < rounds; i++) {
    const name = `web${i}`;
    time(() => sim.startContainer(e, sim.createContainer(e, { name, config: { Image: 'nginx' }, hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } }).container.id));
    time(() => sim.listImages(e));
    time(() => sim.httpRequest(e, { kind: 'host' }, 'localhost:8080'));
    time(() => sim.readLogs(e, sim.requireContainer(e, name), { tail: 10 }));
    time(() => sim.inspectContainer(e, sim.requireContainer(e, name)));
    time(() => sim.execRun(e, name, ['cat', '/etc/hostname']));
    time(() => sim.advance(e, 2_000));
    time(() => sim.stopContainer(e, name));
    time(() => sim.removeContainer(e, name));
  }
  const total = performance.now() - t;
  const c = process.cpuUsage(c0);
  lat.sort((a, b) => a - b);
  const p = (q: number) => lat[Math.floor((q / 100) * (lat.length - 1))]!.toFixed(3);
  console.log(`typical session: ${lat.length} operations in ${total.toFixed(0)} ms wall, ${((c.user + c.system) / 1000).toFixed(0)} ms CPU — ${Math.round((lat.length / total) * 1000)} ops/s, p50 ${p(50)} ms, p99 ${p(99)} ms`);
});
