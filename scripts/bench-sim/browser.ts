/**
 * Runs the bundled mix in a Web Worker of headless Chromium — the runtime learners use. The page is
 * served cross-origin isolated (COOP/COEP) so performance.now() has fine resolution (5 µs instead of
 * 100 µs) and the latency percentiles mean something.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';
import type { Phases, Summary } from './mix';

export interface BrowserResult {
  runtime: string;
  isolated: boolean;
  cold: Summary;
  steady: Summary;
  steadyWarmupCommands: number;
}

const ORIGIN = 'http://bench.localhost';
const ISOLATED = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

export async function runInBrowser(workerSource: string, phases: Phases): Promise<BrowserResult> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const worker = route.request().url().endsWith('/worker.js');
      return route.fulfill({
        status: 200,
        headers: { ...ISOLATED, 'Content-Type': worker ? 'text/javascript' : 'text/html' },
        body: worker ? workerSource : '<!doctype html><title>bench:sim</title>',
      });
    });
    await page.goto(`${ORIGIN}/`);
    const out = await page.evaluate(
      (p) =>
        new Promise<Record<string, unknown>>((resolve) => {
          const w = new Worker('/worker.js');
          w.onmessage = (e) => resolve({ ...e.data, isolated: crossOriginIsolated });
          w.onerror = (e) => resolve({ error: e.message });
          w.postMessage({ phases: p });
        }),
      phases,
    );
    if (out.error) throw new Error(`in the browser worker: ${String(out.error)}`);
    return { ...(out as unknown as Omit<BrowserResult, 'runtime'>), runtime: `chromium ${browser.version()} (worker)` };
  } finally {
    await browser.close();
  }
}
