/**
 * Image and registry verbs' speed through the real session (shell → docker verb → engine →
 * formatter): the commands of the image and registry lessons, repeated. Reports commands/s and
 * latency percentiles. `npx tsx scripts/bench-images.ts [rounds]`
 */
import { createHostSession } from '../lib/host';
import { pullImage } from '../lib/sim/index';
import { benchMix } from './lib/bench-mix';

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
benchMix(s, MIX, { rounds: ROUNDS, label: 'image commands', mayFail: (line) => line.includes('nope') });
