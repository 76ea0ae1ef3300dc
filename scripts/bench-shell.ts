/**
 * Shell speed: commands per second and latency percentiles for typical learner commands on the
 * simulated host. Target for the whole simulator: ≥ 20,000 commands/s and p99 < 1 ms.
 *   npx tsx scripts/bench-shell.ts [iterations]
 */
import { createHostSession } from '../lib/host';

const COMMANDS = [
  'echo hello',
  'pwd',
  'ls',
  'cd /tmp && cd ~',
  'X=1; echo "$X ${HOME}"',
  'cat /etc/hostname',
  'echo a b c | wc -w',
  'ls -l /etc | head -3',
  'test -f /etc/hostname && echo yes',
  'for i in 1 2 3; do echo $i; done',
  'printf "%s\\n" one two | sort',
  'grep root /etc/passwd',
];

const iterations = Number(process.argv[2] ?? '20000');
const session = createHostSession();
for (let i = 0; i < 500; i++) session.run(COMMANDS[i % COMMANDS.length] as string);

const samples: number[] = [];
const perCommand = new Map<string, number[]>();
const t0 = performance.now();
for (let i = 0; i < iterations; i++) {
  const cmd = COMMANDS[i % COMMANDS.length] as string;
  const s = performance.now();
  session.run(cmd);
  const d = performance.now() - s;
  samples.push(d);
  const list = perCommand.get(cmd);
  if (list) list.push(d);
  else perCommand.set(cmd, [d]);
}
const total = performance.now() - t0;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] as number;
console.log(`${iterations} commands in ${total.toFixed(0)} ms: ${Math.round(iterations / (total / 1000))} commands/s`);
console.log(`latency p50 ${pct(samples, 50).toFixed(3)} ms, p99 ${pct(samples, 99).toFixed(3)} ms, max ${Math.max(...samples).toFixed(3)} ms`);
for (const [cmd, xs] of perCommand) console.log(`  ${pct(xs, 50).toFixed(3)} ms p50, ${pct(xs, 99).toFixed(3)} ms p99  ${cmd}`);
console.log(`history kept: ${session.history().length} (cap 1000)`);
