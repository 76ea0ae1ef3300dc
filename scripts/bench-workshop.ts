/**
 * `npm run bench:workshop`: 200 simulated learners post progress for 60 s against `npm start`, and the
 * server is killed with SIGKILL halfway and restarted. Prints requests/s, p50/p99 latency, HTTP errors
 * (target 0) and lost events (target 0: every event the server acknowledged is in the database).
 * Options: --duration <s> (60), --learners <n> (200), --rooms <n> (1), --think-ms <ms> (250, pause
 * between a learner's posts), --port <n> (3400), --no-kill, --url <base> (a server already running; no
 * kill; lost events are counted when WORKSHOP_SQLITE_FILE or DATABASE_URL names its database).
 * Uses a fresh SQLite file, or PostgreSQL when DATABASE_URL is set. The site is built first if it is
 * missing or stale (as `npm start` does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { loadCourse } from '../lib/content/server/load-course';
import { openStore, type StoreConfig } from '../lib/db/server/store';
import { newStats, SimLearner, type Stats } from './bench-workshop/learner';
import { killHard, startServer, stopGently, type Server } from './bench-workshop/server';

const ROOT = path.resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const duration = arg('--duration', 60);
const learnerCount = arg('--learners', 200);
const roomCount = arg('--rooms', 1);
const thinkMs = arg('--think-ms', 250);
const port = arg('--port', 3400);
const external = process.argv.includes('--url') ? process.argv[process.argv.indexOf('--url') + 1] : undefined;
const kill = !process.argv.includes('--no-kill') && !external;
const base = external ?? `http://localhost:${port}`;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Figures of the run up to a moment: posts the server answered, events acknowledged, latencies. */
interface Phase {
  seconds: number;
  answered: number;
  acked: number;
  latencies: number[];
}

const phase = (stats: Stats, seconds: number): Phase => ({ seconds, answered: stats.answered, acked: stats.acked.size, latencies: [...stats.latencies].sort((a, b) => a - b) });

function describe(p: Phase): string {
  const rate = (n: number) => (n / p.seconds).toFixed(0);
  return `${p.answered} requests answered in ${p.seconds.toFixed(1)} s = ${rate(p.answered)} requests/s, ${rate(p.acked)} events/s; latency p50 ${pct(p.latencies, 50).toFixed(1)} ms, p99 ${pct(p.latencies, 99).toFixed(1)} ms`;
}

async function pool<T>(items: T[], size: number, fn: (t: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(Array.from({ length: size }, async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) await fn(t);
  }));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-workshop-'));
  const pgUrl = process.env.DATABASE_URL;
  const sqliteFile = external ? process.env.WORKSHOP_SQLITE_FILE : path.join(dir, 'workshops.sqlite');
  const config: StoreConfig | null = pgUrl ? { dialect: 'postgres', url: pgUrl } : sqliteFile ? { dialect: 'sqlite', file: sqliteFile } : null;
  const env: Record<string, string> = config?.dialect === 'sqlite' ? { WORKSHOP_SQLITE_FILE: config.file } : {};
  console.log(`machine load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(`bench:workshop — ${learnerCount} learners in ${roomCount} room(s), ${duration} s, think ${thinkMs} ms, ${config?.dialect ?? 'database unknown'}${kill ? ', kill -9 at half time' : ''}${external ? `, server at ${external}` : ''}`);

  const course = await loadCourse({ root: ROOT, includeDrafts: false });
  const lessons = course.modules.flatMap((m) => m.lessons.map((l) => `${l.moduleSlug}/${l.slug}`)).slice(0, 3);
  let server: Server | null = external ? null : await startServer(ROOT, port, env);
  process.on('exit', () => {
    if (server && server.child.exitCode === null) killHard(server); // never leave a server behind
  });
  if (server) console.log(`server ready in ${(server.startedIn / 1000).toFixed(1)} s`);

  const codes: string[] = [];
  for (let r = 0; r < roomCount; r++) {
    const res = await fetch(`${base}/api/workshop/rooms`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: `Bench ${r + 1}`, lessons }) });
    if (res.status !== 201) throw new Error(`create room: HTTP ${res.status} ${await res.text()}`);
    codes.push(((await res.json()) as { workshop: { code: string } }).workshop.code);
  }
  const stats = newStats();
  const learners = Array.from({ length: learnerCount }, (_, i) => new SimLearner(base, lessons[0]!, `Learner ${i + 1}`, stats));
  const tJoin = performance.now();
  await pool(learners.map((l, i) => [l, codes[i % roomCount]!] as const), 20, ([l, code]) => l.join(code));
  console.log(`${learnerCount} joins in ${((performance.now() - tJoin) / 1000).toFixed(1)} s`);

  const start = Date.now();
  const until = start + duration * 1000;
  let downtime = 0;
  let steady: Phase | null = null;
  const killer = (async () => {
    if (!kill || !server) return;
    await new Promise((r) => setTimeout(r, (duration * 1000) / 2));
    steady = phase(stats, (Date.now() - start) / 1000);
    killHard(server);
    console.log(`kill -9 at ${steady.seconds.toFixed(1)} s (${stats.acked.size} events acknowledged so far); restarting`);
    server = await startServer(ROOT, port, env, { build: false });
    downtime = server.startedIn;
    console.log(`back after ${(downtime / 1000).toFixed(1)} s`);
  })();
  await Promise.all(learners.map((l) => l.run(until, thinkMs)));
  const elapsed = (Date.now() - start) / 1000;
  const whole = phase(stats, elapsed); // the drain below is not part of the timed run
  await killer;
  const unsent = (await Promise.all(learners.map((l) => l.drain(Date.now() + 30_000)))).reduce((a, b) => a + b, 0);

  const stored = new Set<string>();
  if (config) {
    const store = await openStore(config);
    for (const code of codes) {
      const room = await store.db.selectFrom('workshops').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      const rows = await store.db.selectFrom('entries').select('event_id').where('workshop_id', '=', room.id).where('kind', '=', 'progress').execute();
      for (const r of rows) if (r.event_id) stored.add(r.event_id);
    }
    await store.close();
  }
  if (server) await stopGently(server);
  const lost = config ? [...stats.acked].filter((id) => !stored.has(id)).length : NaN;
  const errors = [...stats.httpErrors.values()].reduce((a, b) => a + b, 0);
  const app = [...stats.appTimes].sort((a, b) => a - b);

  console.log('');
  if (steady) console.log(`before the kill      ${describe(steady)}`);
  console.log(`whole run           ${describe(whole)}`);
  console.log(`  in the handler    p50 ${pct(app, 50).toFixed(1)} ms, p99 ${pct(app, 99).toFixed(1)} ms (auth, validation, durable commit)`);
  console.log(`events acknowledged ${stats.acked.size}, stored ${stored.size}`);
  console.log(`errors              ${errors}${errors ? ` (${[...stats.httpErrors].map(([s, n]) => `HTTP ${s}: ${n}`).join(', ')})` : ''}   target 0`);
  console.log(`lost events         ${config ? lost : 'not checked (no database given)'}   target 0 (acknowledged but not in the database)`);
  if (kill) console.log(`restart             ${(downtime / 1000).toFixed(1)} s down; ${stats.networkRetries} posts refused or cut while down, retried`);
  if (unsent) console.log(`never delivered     ${unsent} (still queued at the end)`);
  rmSync(dir, { recursive: true, force: true });
  process.exit((!config || lost === 0) && errors === 0 && unsent === 0 ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
