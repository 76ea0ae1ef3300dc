/**
 * Lighthouse (the npm package, 12.8: 13 needs Node 22) against the running site, in the Debian
 * chromium launched by chrome-launcher. Each page is audited several times in a fresh headless
 * profile; per category the median score is kept (scores move with machine load).
 * Preset: Lighthouse's desktop configuration (no mobile CPU/network emulation) unless `mobile` is
 * asked for, in which case Lighthouse's defaults apply (simulated 4× CPU, slow 4G, phone screen).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumPath } from '../lib/chromium';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number>;

export interface PageAudit {
  url: string;
  scores: Scores;
  /** Every run's scores, for the record. */
  runs: Scores[];
  /** Audits that cost points in the median run's report (id and score), for follow-up. */
  failing: string[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function auditPages(base: string, paths: readonly string[], { runs = 3, mobile = false } = {}): Promise<PageAudit[]> {
  const results: PageAudit[] = [];
  for (const path of paths) {
    const all: Scores[] = [];
    const failing = new Set<string>();
    let retries = 0;
    for (let i = 0; i < runs; i++) {
      const chrome: chromeLauncher.LaunchedChrome = await chromeLauncher.launch({
        chromePath: chromiumPath,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
      });
      try {
        const result = await lighthouse(
          base + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          mobile ? undefined : desktopConfig,
        );
        const lhr = result?.lhr;
        if (!lhr || lhr.runtimeError) {
          // Trace hiccups (NO_NAVSTART…) happen on a saturated machine: retry this run, a few times at most.
          console.log(`    lighthouse ${path}: ${lhr?.runtimeError?.code ?? 'no result'}, retrying`);
          if (++retries <= 3) i--;
          continue;
        }
        all.push(Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores);
        for (const c of CATEGORIES) {
          for (const ref of lhr.categories[c]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failing.add(`${c}/${ref.id} (${audit.score})`);
          }
        }
      } finally {
        chrome.kill();
      }
    }
    if (all.length === 0) throw new Error(`Lighthouse could not audit ${path}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, median(all.map((s) => s[c]))])) as Scores;
    results.push({ url: path, scores, runs: all, failing: [...failing] });
  }
  return results;
}
