/**
 * Docker CLI speed through the real session (shell → docker verb → engine → formatter): a mix of
 * the container commands a learner types, repeated. Reports commands/s and latency percentiles.
 * `npx tsx scripts/bench-docker.ts [rounds]`
 */
import { createHostSession } from '../lib/host';
import { pullImage } from '../lib/sim/index';
import { benchMix } from './lib/bench-mix';

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
benchMix(s, MIX, { rounds: ROUNDS, label: 'docker commands', mayFail: (line) => line.includes('--bogus') });
