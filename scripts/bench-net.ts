/**
 * Network, volume and system commands and the network tools through the real session (shell →
 * docker verb or tool → engine → formatter): a mix a learner types in modules 5–7, repeated.
 * Reports commands/s and latency percentiles. `npx tsx scripts/bench-net.ts [rounds]`
 */
import { createHostSession } from '../lib/host';
import { pullImage } from '../lib/sim/index';

const ROUNDS = Number(process.argv[2] ?? 300);
const s = createHostSession();
for (const i of ['nginx:alpine', 'alpine']) pullImage(s.engine, i);
for (const setup of ['docker network create appnet', 'docker volume create data', 'docker run -d --name web --network appnet -p 8080:80 -v data:/data nginx:alpine', 'docker run -d --name box --network appnet alpine sleep 100000']) {
  if (s.run(setup).exitCode !== 0) throw new Error(setup);
}
const MIX = [
  'docker network ls',
  'docker network inspect -f "{{json .IPAM.Config}}" appnet',
  'docker volume ls -q',
  'docker volume inspect data',
  'docker inspect -f "{{.NetworkSettings.Networks.appnet.IPAddress}}" web',
  'docker info --format "{{.Containers}}"',
  'docker system df',
  'docker events --since 1m --until 0s --filter type=network',
  'curl -s localhost:8080',
  'curl -sI localhost:8080',
  'docker exec box wget -qO- http://web',
  'docker exec box ping -c 1 web',
  'docker exec box nslookup web',
  'ip route',
  'hostname -I',
  'docker network create tmpnet',
  'docker network rm tmpnet',
];
const lat: number[] = [];
for (let i = 0; i < 20; i++) for (const cmd of MIX) s.run(cmd); // warm-up
const t0 = performance.now();
for (let r = 0; r < ROUNDS; r++) {
  for (const cmd of MIX) {
    const t = performance.now();
    const res = s.run(cmd);
    lat.push(performance.now() - t);
    if (res.exitCode !== 0) throw new Error(`${cmd}: ${res.stderr}`);
  }
}
const total = performance.now() - t0;
lat.sort((a, b) => a - b);
const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))]!.toFixed(3);
console.log(`${lat.length} commands in ${total.toFixed(0)} ms — ${Math.round((lat.length / total) * 1000)} commands/s`);
console.log(`latency p50 ${pct(50)} ms, p90 ${pct(90)} ms, p99 ${pct(99)} ms, max ${lat.at(-1)!.toFixed(2)} ms`);
