/**
 * `npm run bench:quiz`: first-load JS (gzip) of the quiz routes, from .next/diagnostics/route-bundle-stats.json,
 * and a check that the heavy parts stay out of it: the simulator (graded command answers), the FSRS
 * scheduler and the stored-data validator must load only on demand.
 *   --build   run `next build` first (otherwise the existing .next is measured)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const STATS = path.join(ROOT, '.next/diagnostics/route-bundle-stats.json');
const TARGET_KB = 150;
const ROUTES = ['/exam', '/review', '/learn/[module]/quiz', '/learn/[module]/[lesson]', '/'];
/** Text that only appears in a bundle when that library is in it. */
const HEAVY: Record<string, RegExp> = {
  simulator: /cannot execute binary file/,
  'ts-fsrs': /request_retention/,
  zod: /\$ZodType|_zod/,
};

if (process.argv.includes('--build')) {
  const build = spawnSync('npx', ['next', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync(STATS)) {
  console.error('No build found: run `npm run bench:quiz -- --build` (or `next build`) first.');
  process.exit(1);
}

const stats = JSON.parse(readFileSync(STATS, 'utf8')) as Array<{ route: string; firstLoadChunkPaths: string[] }>;
let failed = false;
for (const route of ROUTES) {
  const row = stats.find((r) => r.route === route);
  if (!row) {
    console.error(`${route}: missing from route-bundle-stats.json`);
    failed = true;
    continue;
  }
  const files = row.firstLoadChunkPaths.map((p) => readFileSync(path.join(ROOT, p)));
  const kb = files.reduce((sum, f) => sum + gzipSync(f).length, 0) / 1024;
  const heavy = Object.entries(HEAVY)
    .filter(([, marker]) => files.some((f) => marker.test(f.toString('utf8'))))
    .map(([name]) => name);
  const ok = kb <= TARGET_KB && heavy.length === 0;
  failed ||= !ok;
  console.log(
    `${route.padEnd(26)} first-load JS ${kb.toFixed(1).padStart(6)} KB gzip (target ≤ ${TARGET_KB})` +
      `  ${heavy.length ? `loads eagerly: ${heavy.join(', ')}` : 'simulator, ts-fsrs and zod load on demand'}  ${ok ? 'ok' : 'OVER'}`,
  );
}
process.exit(failed ? 1 : 0);
