/**
 * Installable and offline: after one online visit the service worker has precached the whole course,
 * so with the network off a learner opens another lesson, uses the terminal, answers its quiz, takes an
 * exam and searches. Service workers are blocked in the rest of the suite (playwright.config.ts).
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { expect, LESSON, typeInTerminal } from './fixtures';

/**
 * Like the shared fixture, every console error or page error fails the test, except the browser's own
 * reports of requests that fail because the network is off (Next's link prefetches, for instance).
 */
const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/^Failed to load resource: net::ERR_(INTERNET_DISCONNECTED|FAILED)$/.test(msg.text())) errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

test.use({ serviceWorkers: 'allow' });

const OTHER_LESSON = '/learn/networking/bridge-basics';

/** Waits until the worker controls the page and its precache holds the pages we will need offline. */
async function installed(page: Page, urls: string[]): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 60_000 });
  await expect
    .poll(() => page.evaluate(async (wanted) => (await Promise.all(wanted.map((u) => caches.match(u, { ignoreSearch: true })))).every(Boolean), urls), {
      timeout: 90_000,
      intervals: [500],
    })
    .toBe(true);
}

async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
}

test('the manifest makes the course installable', async ({ request }) => {
  const manifest = await (await request.get('/manifest.webmanifest')).json();
  expect(manifest).toMatchObject({ name: expect.stringContaining('Dockerlings'), start_url: '/', display: 'standalone' });
  const purposes = (manifest.icons as Array<{ src: string; sizes: string; purpose: string }>).map((i) => `${i.sizes} ${i.purpose}`);
  expect(purposes).toEqual(expect.arrayContaining(['512x512 maskable', '192x192 any', '512x512 any']));
  for (const icon of manifest.icons as Array<{ src: string }>) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});

test('after one visit, lessons, the terminal, quizzes, the exam and search work with the network off', async ({ page, context }) => {
  test.setTimeout(180_000);
  await page.goto(LESSON);
  await installed(page, [OTHER_LESSON, '/exam', '/search-index.json', '/exam/bank.json', '/']);
  // /api is never cached: the worker has nothing for it.
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBeGreaterThan(0);
  expect(await page.evaluate(async () => Boolean(await caches.match('/api/workshop/me')))).toBe(false);

  await goOffline(context, page);

  // Another lesson, never opened online: served from the precache, with its terminal.
  await page.goto(OTHER_LESSON);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await typeInTerminal(page, 'docker run --rm alpine echo offline-ok');
  await expect(page.getByRole('log', { name: 'Terminal output' })).toContainText('offline-ok');

  // Its quiz: answer the first question and get feedback.
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  const first = quiz.locator('.quiz-card').first();
  await first.locator('input').first().check({ force: true });
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(first.getByRole('status')).toContainText(/Correct|Not quite/);

  // Search, offline.
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox').fill('bridge network');
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');

  // An exam: the question bank comes from the cache.
  await page.goto('/exam?seed=offline1&count=4&minutes=5&modules=networking');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();

  // Progress is kept: home, offline too, offers to continue with the lesson opened offline.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute('href', OTHER_LESSON);
  await context.setOffline(false);
});
