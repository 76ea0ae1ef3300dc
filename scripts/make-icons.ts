/**
 * Renders the app icons' PNGs (for the web app manifest and iOS) from their SVGs with headless
 * Chromium: `npx tsx scripts/make-icons.ts`. The PNGs are committed; rerun after changing an SVG.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'public/icons');
const JOBS: Array<[svg: string, size: number, png: string]> = [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['maskable.svg', 512, 'maskable-512.png'],
  ['maskable.svg', 180, '../../app/apple-icon.png'],
];

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch(existsSync(chromiumPath) ? { executablePath: chromiumPath, args: ['--no-sandbox'] } : {});
try {
  for (const [svg, size, png] of JOBS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const data = readFileSync(path.join(OUT, svg), 'base64');
    await page.setContent(`<html><body style="margin:0"><img src="data:image/svg+xml;base64,${data}" width="${size}" height="${size}"></body></html>`);
    await page.screenshot({ path: path.join(OUT, png), omitBackground: true });
    await page.close();
    console.log(`public/icons/${png} (${size}×${size})`);
  }
} finally {
  await browser.close();
}
