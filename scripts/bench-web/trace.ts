/**
 * Where the time to "terminal ready" goes on a warm lesson load (a lesson opened after another one in
 * the same profile, so static assets come from the HTTP cache), from a Chrome trace:
 *   npx tsx scripts/bench-web/trace.ts [--port 3220] [--runs 3] [--min 8] [--after 0] [--out /tmp/lesson-trace.json]
 * Needs a running production server (scripts/start.mjs). Prints, per run, the navigation phases
 * (TTFB, HTML end, DOMContentLoaded, load), when each CSS/JS resource was requested and arrived (and
 * whether from cache), the main thread's tasks longer than --min ms up to the ready mark with what they
 * did (script evaluation by file, function calls, parse, style/layout), and the ready mark; --after N
 * also lists the tasks of the N ms after it (what Total Blocking Time would count). The last
 * run's raw trace is written to --out, for chrome://tracing or the DevTools performance panel.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../lib/chromium';
import { mainThreadTasks, type TraceEvent } from './trace-tasks';

const READY_MARK = 'dockerlings:terminal-ready';
const LESSON = '/learn/what-is-docker/containers-vs-vms';
const OTHER_LESSON = '/learn/under-the-hood/namespaces';
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'toplevel', 'loading'];

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

const base = `http://localhost:${arg('--port', '3220')}`;
const runs = Number(arg('--runs', '3'));
const minTask = Number(arg('--min', '8'));
const after = Number(arg('--after', '0'));
const out = arg('--out', '/tmp/lesson-trace.json');

interface PageTimes {
  fetchStart: number;
  requestStart: number;
  ttfb: number;
  htmlEnd: number;
  dcl: number;
  load: number;
  ready: number;
  resources: Array<{ name: string; start: number; end: number; cached: boolean; initiator: string }>;
}

async function pageTimes(page: Page): Promise<PageTimes> {
  return page.evaluate((mark) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => /\.(js|css)$/.test(new URL(r.name).pathname))
      .map((r) => ({
        name: new URL(r.name).pathname.split('/').pop()!,
        start: r.startTime,
        end: r.responseEnd,
        cached: r.transferSize === 0,
        initiator: r.initiatorType,
      }));
    return {
      fetchStart: nav.fetchStart,
      requestStart: nav.requestStart,
      ttfb: nav.responseStart,
      htmlEnd: nav.responseEnd,
      dcl: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      ready: performance.getEntriesByName(mark)[0]?.startTime ?? NaN,
      resources,
    };
  }, READY_MARK);
}

const ms = (n: number) => `${n.toFixed(0).padStart(5)} ms`;

const browser = await chromium.launch(chromiumLaunchOptions());
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(base + OTHER_LESSON);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
    await page.waitForLoadState('networkidle');
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(base + LESSON);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, READY_MARK);
    await page.waitForTimeout(300 + after);
    const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
    const t = await pageTimes(page);
    console.log(`\nrun ${run + 1}: ${LESSON} (warm)`);
    console.log(`  fetch ${ms(t.fetchStart)}   request ${ms(t.requestStart)}   TTFB ${ms(t.ttfb)}   HTML end ${ms(t.htmlEnd)}   DOMContentLoaded ${ms(t.dcl)}   load ${ms(t.load)}   READY ${ms(t.ready)}`);
    console.log('  resources (request start → end):');
    for (const r of t.resources.sort((a, b) => a.start - b.start)) {
      console.log(`    ${ms(r.start)} → ${ms(r.end)}  ${r.cached ? 'cache' : 'net  '}  ${r.initiator.padEnd(6)} ${r.name}`);
    }
    console.log(`  main-thread tasks ≥ ${minTask} ms until ${after} ms after ready (start, duration, what):`);
    for (const task of mainThreadTasks(trace.traceEvents, READY_MARK, t.ready, minTask, after)) {
      console.log(`    ${ms(task.start)} ${ms(task.duration)}  ${task.summary}`);
    }
    if (run === runs - 1) writeFileSync(out, JSON.stringify(trace));
    await context.close();
  }
  console.log(`\nraw trace of the last run: ${path.resolve(out)}`);
} finally {
  await browser.close();
}
