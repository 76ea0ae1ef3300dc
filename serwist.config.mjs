// @ts-check
/**
 * `serwist build` (run after `next build` by `npm run build` and scripts/start.mjs) bundles sw/sw.ts
 * into public/sw.js with the precache manifest. Serwist's "configurator mode": it works with the
 * Turbopack build (the classic @serwist/next plugin needs webpack) and sees the prerendered pages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serwist } from '@serwist/next/config';

const distDir = process.env.NEXT_DIST_DIR || '.next';
const revision = readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim();

export default await serwist({
  swSrc: 'sw/sw.ts',
  swDest: 'public/sw.js',
  // The instructor's presenter pages and other workshop screens are online-only.
  globIgnores: [`${distDir}/server/app/workshop/**`, 'public/sw.js.map'],
  // Static route handlers (no .html file): the search index, the question bank, the manifest.
  additionalPrecacheEntries: ['/search-index.json', '/exam/bank.json', '/manifest.webmanifest'].map((url) => ({ url, revision })),
  maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
});
