/**
 * Image and registry verbs' speed through the real session (shell → docker verb → engine →
 * formatter): the commands of the image and registry lessons, repeated. Reports commands/s and
 * latency percentiles. `npx tsx scripts/bench-images.ts [rounds]`
 */
import { createHostSession } from '../lib/host';
import { pullImage } from '../lib/sim/index';

const ROUNDS = Number(process.argv[2] ?? 300);
const s = createHostSession();
for (const i of ['nginx:1.27-alpine', 'alpine', 'busybox', 'registry:2']) pullImage(s.engine, i);
s.run('docker run -d --name registry -p 5000:5000 registry:2');
s.run('docker tag alpine localhost:5000/tools/alpine:3.22');
const MIX = [
  'docker images',
  'docker images --digests --filter reference=nginx*',
  'docker image ls -q',
  "docker image inspect --format '{{index .RepoDigests 0}}' nginx:1.27-alpine",
  'docker history nginx:1.27-alpine',
  'docker tag busybox learner/tool:1',
  'docker rmi learner/tool:1',
  'docker pull alpine',
  'docker push localhost:5000/tools/alpine:3.22',
  'curl -s localhost:5000/v2/_catalog',
  'docker search --limit 5 nginx',
  'docker pull nginx:nope',
];
const lat: number[] = [];
for (let i = 0; i < 20; i++) for (const cmd of MIX) s.run(cmd); // warm-up
const t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) {
  for (const cmd of MIX) {
    const t = performance.now();
    const res = s.run(cmd);
    lat.push(performance.now() - t);
    if (res.exitCode !== 0 && !cmd.includes('nope')) throw new Error(`${cmd}: ${res.stderr}`);
  }
}
const total = performance.now() - t0;
lat.sort((a, b) => a - b);
const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!.toFixed(3);
console.log(`${lat.length} image commands in ${total.toFixed(0)} ms — ${Math.round((lat.length / total) * 1000)} commands/s`);
console.log(`latency p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${lat.at(-1)!.toFixed(2)} ms`);
