/**
 * Simulator speed: the whole simulator through a learner's session (shell → tools → engine →
 * formatter) replaying a realistic mix of commands (scripts/bench-sim/mix.ts), 12,400 per phase.
 *
 * The simulator is bundled with esbuild as the site ships it (tsx would add a `__name()` call to
 * every function expression — esbuild's keepNames — which the shipped worker bundle does not have)
 * and measured in two runtimes and two phases:
 *  - Node (this machine's), started with --expose-gc: CPU time and the heap (after gc) as well;
 *  - a Web Worker in headless Chromium — where learners run it (skip with --no-browser);
 *  - cold: after 30 warm-up rounds (930 commands), while the JIT is still tiering up — what a fresh
 *    tab feels like; steady: after 2,000 rounds (62,000 commands), once it has caught up.
 * Target (issue 3): ≥ 20,000 commands/s, p99 < 1 ms, heap flat.
 *   npm run bench:sim [-- rounds] [--no-browser]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { DEFAULT_PHASES, ROUND_SIZE, type Phases, type Summary } from './bench-sim/mix';
import { runInBrowser } from './bench-sim/browser';

const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? DEFAULT_PHASES.rounds);
const phases: Phases = { ...DEFAULT_PHASES, rounds };
const outDir = join(process.cwd(), 'node_modules/.cache/bench-sim');
mkdirSync(outDir, { recursive: true });

const bundle = (entry: string, out: string, browser: boolean) =>
  build({
    entryPoints: [join('scripts/bench-sim', entry)],
    outfile: join(outDir, out),
    bundle: true,
    platform: browser ? 'browser' : 'node',
    format: browser ? 'iife' : 'cjs',
    target: browser ? 'es2022' : 'node20',
    logLevel: 'error',
  });
await Promise.all([bundle('node-entry.ts', 'node.cjs', false), bundle('worker-entry.ts', 'worker.js', true)]);

const child = spawnSync(process.execPath, ['--expose-gc', join(outDir, 'node.cjs'), JSON.stringify(phases)], { encoding: 'utf8' });
if (child.status !== 0) throw new Error(`node run failed:\n${child.stderr}`);
const node = JSON.parse(child.stdout) as {
  runtime: string;
  cold: Summary & { cpuMs: number };
  steady: Summary & { cpuMs: number };
  steadyWarmupCommands: number;
  heap: { start: number; afterCold: number; end: number };
  world: { containers: number; history: number };
};
const browser = args.includes('--no-browser') ? null : await runInBrowser(readFileSync(join(outDir, 'worker.js'), 'utf8'), phases);

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => n.toFixed(3);
const rows: string[][] = [['runtime', 'phase', 'commands/s', 'per CPU-s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms']];
const add = (runtime: string, phase: string, s: Summary, cpuMs?: number) =>
  rows.push([runtime, phase, int(s.perSecond), cpuMs ? int((s.commands / cpuMs) * 1000) : '-', ms(s.p50), ms(s.p90), ms(s.p99), s.max.toFixed(2)]);
const coldLabel = `cold (after ${int(phases.coldWarmup * ROUND_SIZE)})`;
add(node.runtime, coldLabel, node.cold, node.cold.cpuMs);
add('', `steady (after ${int(node.steadyWarmupCommands)})`, node.steady, node.steady.cpuMs);
if (browser) {
  add(browser.runtime, coldLabel, browser.cold);
  add('', `steady (after ${int(browser.steadyWarmupCommands)})`, browser.steady);
}
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
const mb = (b: number) => (b / 1048576).toFixed(1) + ' MB';

console.log(`bench:sim — ${int(node.cold.commands)} mixed learner commands per phase (${rounds} rounds of ${ROUND_SIZE}), simulator bundled as shipped`);
for (const r of rows) console.log(r.map((v, c) => (c < 2 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join('  '));
if (browser && !browser.isolated) console.log('(browser timer not cross-origin isolated: latencies rounded to 0.1 ms)');
console.log(`heap (node, after gc): ${mb(node.heap.start)} before → ${mb(node.heap.afterCold)} after the cold phase → ${mb(node.heap.end)} at the end`);
console.log(`world at the end: ${node.world.containers} containers, history ${node.world.history} lines (capped)`);
console.log('target (issue 3): ≥ 20,000 commands/s, p99 < 1 ms, heap flat');
