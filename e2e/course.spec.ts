import { expect, LESSON, LESSON_TITLE, test } from './fixtures';

test('home explains the course and its map leads to the lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Dockerlings/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Docker/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Learn Docker');
  await expect(page.getByRole('link', { name: 'Open the free playground' })).toHaveAttribute('href', '/playground');

  const firstModule = page.getByRole('region', { name: /Module 1\. What Docker is/ });
  await expect(firstModule.getByRole('listitem').first()).toContainText(LESSON_TITLE);
  await expect(firstModule.getByRole('listitem').first()).toContainText(/\d+ min/);

  await firstModule.getByRole('link', { name: LESSON_TITLE }).click();
  await expect(page).toHaveURL(LESSON);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(LESSON_TITLE);
  await expect(page).toHaveTitle(`${LESSON_TITLE} (What Docker is) · Dockerlings`);
});

test('Start becomes Continue, pointing at the last lesson visited', async ({ page }) => {
  await page.goto('/');
  const start = page.getByRole('link', { name: 'Start the course' });
  await expect(start).toHaveAttribute('href', LESSON);

  await page.goto('/learn/what-is-docker/images-and-containers');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('dockerlings:last-lesson'))).toBe('/learn/what-is-docker/images-and-containers');
  await page.goto('/');
  const resume = page.getByRole('link', { name: 'Continue where you left off' });
  await expect(resume).toHaveAttribute('href', '/learn/what-is-docker/images-and-containers');
});

test('a lesson has objectives, a table of contents, a breadcrumb and prev/next across modules', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.getByRole('heading', { name: 'In this lesson you will' })).toBeVisible();
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(breadcrumb.getByRole('link', { name: /What Docker is/ })).toHaveAttribute('href', '/#module-what-is-docker');

  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Recap' }).click();
  await expect(page).toHaveURL(/#recap$/);
  await expect(page.getByRole('heading', { name: 'Recap' })).toBeInViewport();

  const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
  await expect(pager.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  await pager.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/learn\/what-is-docker\/[a-z-]+$/);

  // The last lesson of module 1 continues into module 2.
  await page.goto('/');
  const moduleOneLessons = page.getByRole('region', { name: /Module 1\./ }).getByRole('link');
  const lastHref = await moduleOneLessons.last().getAttribute('href');
  await page.goto(lastHref!);
  const next = page.getByRole('navigation', { name: 'Previous and next lesson' }).getByRole('link', { name: /Next/ });
  await expect(next).toHaveAttribute('href', /^\/learn\/images-and-containers\//);
});

test('code blocks are highlighted and shell blocks offer Copy and Run', async ({ page }) => {
  await page.goto(LESSON);
  const block = page.locator('.code-block').filter({ hasText: 'docker version' }).first();
  await expect(block.getByRole('button', { name: 'Copy' })).toBeVisible();
  await expect(block.getByRole('button', { name: 'Run in terminal' })).toBeVisible();
  const token = block.locator('pre.shiki span[style*="--shiki-light"]').first();
  const colour = await token.evaluate((el) => getComputedStyle(el).color);
  const plain = await page.locator('article p').first().evaluate((el) => getComputedStyle(el).color);
  expect(colour).not.toBe(plain);
});

test('the 404 page explains and links back', async ({ page, consoleErrors }) => {
  const response = await page.goto('/learn/nope/nothing');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page).toHaveTitle('Page not found · Dockerlings');
  await page.getByRole('link', { name: 'Back to the course' }).click();
  await expect(page).toHaveURL('/');
  // The browser itself reports the 404 document load; nothing else may log an error.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/status of 404/.test(e)));
});

test('sitemap and robots list the site', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`${LESSON}</loc>`);
  expect(sitemap).toContain('/playground</loc>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});
