/**
 * Docker CLI speed through the real session (shell → docker verb → engine → formatter): a mix of
 * the container commands a learner types, repeated. Reports commands/s and latency percentiles.
 * `npx tsx scripts/bench-docker.ts [rounds]`
 */
import { createHostSession } from '../lib/host';
import { pullImage } from '../lib/sim/index';

const ROUNDS = Number(process.argv[2] ?? 300);
const s = createHostSession();
for (const i of ['nginx', 'alpine']) pullImage(s.engine, i);
s.run('docker run -d --name web -p 8080:80 nginx');
s.run('docker run -d --name box alpine sleep 100000');
const MIX = [
  'docker ps',
  'docker ps -a --format "{{.Names}} {{.Status}}"',
  'docker ps -q --filter status=running',
  'docker container inspect -f "{{.State.Status}}" web',
  'docker logs --tail 5 web',
  'docker port web',
  'docker exec box echo hi',
  'docker run --rm alpine echo hello',
  'docker stats --no-stream web',
  'docker top web',
  'docker create --name tmp alpine',
  'docker rm tmp',
  'docker stop box',
  'docker start box',
  'docker diff web',
  'docker run --bogus alpine',
];
const lat: number[] = [];
for (let i = 0; i < 20; i++) for (const cmd of MIX) s.run(cmd); // warm-up
const t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) {
  for (const cmd of MIX) {
    const t = performance.now();
    const res = s.run(cmd);
    lat.push(performance.now() - t);
    if (res.exitCode !== 0 && !cmd.includes('--bogus')) throw new Error(`${cmd}: ${res.stderr}`);
  }
}
const total = performance.now() - t0;
lat.sort((a, b) => a - b);
const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!.toFixed(3);
console.log(`${lat.length} docker commands in ${total.toFixed(0)} ms — ${Math.round((lat.length / total) * 1000)} commands/s`);
console.log(`latency p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${lat.at(-1)!.toFixed(2)} ms`);
