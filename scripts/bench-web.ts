/**
 * `npm run bench:web`: builds and serves the production site, loads a lesson in headless Chromium and
 * prints three figures against their targets:
 *   - the lesson route's first-load JS, gzip (from .next/diagnostics/route-bundle-stats.json) ≤ 150 KB
 *   - the lazily loaded terminal chunk, gzip (the next/dynamic chunk listed in the route's
 *     react-loadable-manifest.json; Next preloads it at low priority, it is not first-load JS)
 *   - time from navigation start to the terminal accepting input (its `dockerlings:terminal-ready`
 *     performance mark), median of several loads: "warm" = a lesson opened after another one, with
 *     the site's static assets in the HTTP cache (the target, ≤ 300 ms), and "cold" = first visit
 *     in a fresh browser profile (reported for reference)
 * Options: --no-build (reuse .next), --runs N (default 7), --port N (default 3200).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..');
const ROUTE = '/learn/[module]/[lesson]';
const LESSON = '/learn/what-is-docker/containers-vs-vms';
const OTHER_LESSON = '/learn/under-the-hood/namespaces';
const READY_MARK = 'dockerlings:terminal-ready';
const TARGET_FIRST_LOAD_KB = 150;
const TARGET_READY_MS = 300;

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const port = Number(arg('--port', '3200'));
const runs = Number(arg('--runs', '7'));
const base = `http://localhost:${port}`;

const gzipKb = (files: string[]) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) / 1024;

function terminalChunks(): string[] {
  const manifest = path.join(ROOT, '.next/server/app', ROUTE, 'page/react-loadable-manifest.json');
  const entries = Object.values(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { files: string[] }>);
  return entries.flatMap((e) => e.files).map((f) => path.join(ROOT, '.next', f));
}

function firstLoadChunks(): string[] {
  const stats = JSON.parse(readFileSync(path.join(ROOT, '.next/diagnostics/route-bundle-stats.json'), 'utf8')) as Array<{
    route: string;
    firstLoadChunkPaths: string[];
  }>;
  const row = stats.find((r) => r.route === ROUTE);
  if (!row) throw new Error(`route ${ROUTE} missing from route-bundle-stats.json`);
  return row.firstLoadChunkPaths.map((p) => path.join(ROOT, p));
}

async function serve(): Promise<ChildProcess> {
  const args = ['scripts/start.mjs', '--port', String(port)];
  if (!process.argv.includes('--no-build')) args.push('--build');
  const server = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null) throw new Error('the server exited before it was ready');
    if (await fetch(`${base}/`).then((r) => r.ok, () => false)) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the server did not start');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function readyAfterLoad(page: import('@playwright/test').Page, url: string): Promise<number> {
  await page.goto(base + url);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK, { timeout: 30_000 });
  return page.evaluate((mark) => performance.getEntriesByName(mark)[0]!.startTime, READY_MARK);
}

async function measure(): Promise<{ cold: number[]; warm: number[] }> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const browser = await chromium.launch(
    existsSync(chromiumPath) ? { executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] } : {},
  );
  const cold: number[] = [];
  const warm: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      cold.push(await readyAfterLoad(page, OTHER_LESSON));
      warm.push(await readyAfterLoad(page, LESSON));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { cold, warm };
}

const server = await serve();
try {
  const firstLoad = gzipKb(firstLoadChunks());
  const chunks = terminalChunks();
  const js = chunks.filter((f) => f.endsWith('.js'));
  const css = chunks.filter((f) => f.endsWith('.css'));
  const { cold, warm } = await measure();
  const ready = median(warm);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'OVER TARGET');
  const list = (ms: number[]) => ms.map((m) => m.toFixed(0)).join(', ');
  console.log('\nbench:web — lesson page', LESSON);
  console.log(`  first-load JS (gzip):         ${firstLoad.toFixed(1)} KB   target ≤ ${TARGET_FIRST_LOAD_KB} KB   ${verdict(firstLoad <= TARGET_FIRST_LOAD_KB)}`);
  console.log(`  terminal chunk (gzip):        ${gzipKb(js).toFixed(1)} KB JS (${js.length} file) + ${gzipKb(css).toFixed(1)} KB CSS, lazy`);
  console.log(`  terminal ready, warm median:  ${ready.toFixed(0)} ms   target ≤ ${TARGET_READY_MS} ms   ${verdict(ready <= TARGET_READY_MS)}`);
  console.log(`    warm loads: ${list(warm)} ms`);
  console.log(`  terminal ready, cold median:  ${median(cold).toFixed(0)} ms (first visit, empty cache)`);
  console.log(`    cold loads: ${list(cold)} ms`);
  process.exitCode = firstLoad <= TARGET_FIRST_LOAD_KB && ready <= TARGET_READY_MS ? 0 : 1;
} finally {
  server.kill('SIGTERM');
}
