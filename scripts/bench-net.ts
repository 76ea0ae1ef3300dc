/**
 * Network, volume and system commands and the network tools through the real session (shell →
 * docker verb or tool → engine → formatter): a mix a learner types in modules 5–7, repeated.
 * Reports commands/s and latency percentiles. `npx tsx scripts/bench-net.ts [rounds]`
 */
import { createHostSession } from '../lib/host';
import { pullImage } from '../lib/sim/index';
import { benchMix } from './lib/bench-mix';

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
benchMix(s, MIX, { rounds: ROUNDS, label: 'commands' });
