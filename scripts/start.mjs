#!/usr/bin/env node
/**
 * `npm start`: build the production site if it is missing or older than its sources, then serve it.
 *   node scripts/start.mjs [--port 3000] [--build]     (--build forces a fresh build)
 * PORT in the environment works too. Used by the README, Playwright's webServer and bench:web.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const serwistBin = path.join(path.dirname(createRequire(import.meta.url).resolve('@serwist/cli/package.json')), 'cli.js');
const distDir = process.env.NEXT_DIST_DIR || '.next';
/** Written by the build (the service worker), so not a source. */
const GENERATED = new Set([path.join(root, 'public', 'sw.js'), path.join(root, 'public', 'sw.js.map')]);
const SOURCES = ['app', 'components', 'lib', 'content', 'public', 'next.config.mjs', 'postcss.config.mjs', 'package.json', 'package-lock.json'];

function option(name) {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function newestMtime(entry) {
  const stat = statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(entry)) {
    if (name === 'node_modules' || name.startsWith('.') || GENERATED.has(path.join(entry, name))) continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

function needsBuild() {
  if (process.argv.includes('--build')) return 'a fresh build was asked for';
  const buildId = path.join(root, distDir, 'BUILD_ID');
  if (!existsSync(buildId)) return 'no production build yet';
  const built = statSync(buildId).mtimeMs;
  const stale = SOURCES.find((s) => newestMtime(path.join(root, s)) > built);
  return stale ? `${stale} changed since the last build` : null;
}

const reason = needsBuild();
if (reason) {
  console.log(`> building the site (${reason})`);
  const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (reason || !existsSync(path.join(root, 'public', 'sw.js'))) {
  // The service worker precaches what the build produced (serwist.config.mjs).
  const sw = spawnSync(process.execPath, [serwistBin, 'build', 'serwist.config.mjs'], { cwd: root, stdio: 'inherit' });
  if (sw.status !== 0) process.exit(sw.status ?? 1);
}

const port = option('--port') ?? process.env.PORT ?? '3000';
console.log(`> serving on http://localhost:${port}`);
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
