/**
 * The timed exam: setup by keyboard, a seeded link that reproduces the same paper, flags and
 * navigation without feedback, auto-submit when time runs out, the result page (score per topic,
 * table, time per question, review), history, print layout, resuming after a reload, and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** A 30-second, 4-question exam on networking. */
const SHORT = '/exam?seed=e2e1&count=4&minutes=0.5&modules=networking';

async function blocking(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

async function promptOf(page: Page): Promise<string> {
  return (await page.locator('.quiz-prompt').first().textContent()) ?? '';
}

test('setup by keyboard puts the settings and a seed in the URL', async ({ page }) => {
  await page.goto('/exam');
  await expect(page).toHaveTitle(/Practice exam/);
  expect(await blocking(page)).toEqual([]);
  await page.getByRole('radio', { name: /Quick check/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Clear' }).press('Enter');
  await page.getByRole('checkbox', { name: /Networking/ }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Start the exam' }).press('Enter');
  await expect(page).toHaveURL(/\/exam\?seed=[a-z2-9]{8}&count=10&minutes=15&modules=networking$/);
  await expect(page.getByRole('heading', { name: 'Ready?' })).toBeVisible();
  await expect(page.getByText('10 questions from Networking')).toBeVisible();
});

test('the same link gives the same exam; time running out submits it', async ({ page, browser }) => {
  test.setTimeout(60_000);
  const other = await browser.newPage();
  await other.goto(SHORT);
  await other.getByRole('button', { name: 'Start now' }).click();
  const otherPrompt = await promptOf(other);
  await other.close();

  await page.clock.install();
  await page.goto(SHORT);
  await page.getByRole('button', { name: 'Start now' }).click();
  expect(await promptOf(page)).toBe(otherPrompt);

  await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveAccessibleName(/Time left: \d+ seconds?/);
  // Answer question 1 (no feedback during the exam), flag question 2, come back with the navigator.
  await page.locator('.quiz-question').first().locator('input').first().click({ force: true });
  await expect(page.getByRole('status')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 4' })).toBeFocused();
  await page.getByRole('button', { name: 'Flag for review' }).click();
  await expect(page.getByRole('button', { name: 'Unflag' })).toHaveAttribute('aria-pressed', 'true');
  const nav = page.getByRole('navigation', { name: 'Questions' });
  await expect(nav.getByRole('button', { name: 'Question 1, answered' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Question 2, not answered, flagged' })).toHaveAttribute('aria-current', 'step');
  await nav.getByRole('button', { name: 'Question 1, answered' }).click();
  await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
  expect(await blocking(page)).toEqual([]);

  // Nobody submits: the countdown does.
  await page.clock.fastForward(31_000);
  await expect(page.getByRole('heading', { name: /^Result: \d+%, (passed|not passed)$/ })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/exam\?attempt=/);
  await expect(page.getByText('time ran out, so the exam was submitted automatically')).toBeVisible();

  const topics = page.getByRole('figure', { name: /Score per topic/ });
  await expect(topics.getByRole('listitem')).toHaveCount(1);
  await expect(topics).toContainText('Networking');
  await page.getByText('Show the figures as a table').click();
  const table = page.getByRole('table', { name: /Score per topic/ });
  await expect(table.getByRole('rowheader', { name: 'Networking' })).toBeVisible();
  await expect(table.getByRole('cell', { name: /of 4$/ })).toBeVisible();

  const review = page.locator('.exam-review-item');
  await expect(review).toHaveCount(4);
  await expect(review.nth(1)).toContainText('flagged');
  await expect(review.nth(1)).toContainText('not answered');
  await expect(review.nth(0)).toContainText(/Question 1: (Right|Wrong) · \d+ s/);
  await expect(review.first().getByRole('link', { name: /›/ })).toHaveAttribute('href', /^\/learn\/networking\/[a-z-]+#[a-z0-9-]+$/);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    expect(await blocking(page), theme).toEqual([]);
  }

  // Print layout: no site header or buttons, the review stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print result' })).toBeHidden();
  await expect(review.first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // History lists the attempt; unanswered questions are now in the review queue.
  await page.goto('/exam');
  const history = page.getByRole('region', { name: 'Your attempts' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history).toContainText('4 questions');
  await page.goto('/review');
  await expect(page.getByRole('heading', { name: /^(Due now|Later today) \([1-4]\)$/ }).first()).toBeVisible();
});

test('submitting by keyboard after a reload keeps the answers', async ({ page }) => {
  const url = '/exam?seed=e2e2&count=3&minutes=10&modules=data';
  await page.goto(url);
  await page.getByRole('button', { name: 'Start now' }).press('Enter');
  const firstPrompt = await promptOf(page);
  const flag = page.getByRole('button', { name: 'Flag for review' });
  await flag.press('Enter');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Question 1 of 3 (flagged)' })).toBeVisible();
  expect(await promptOf(page)).toBe(firstPrompt);

  await page.getByRole('button', { name: 'Submit the exam…' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Submit the exam?' })).toBeFocused();
  await expect(page.getByText('3 questions have no answer and will count as wrong.')).toBeVisible();
  await page.getByRole('button', { name: 'Submit now' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'Result: 0%, not passed' })).toBeFocused();
  await expect(page.getByText('0 of 3 right. Pass mark 70%.')).toBeVisible();
  await expect(page.getByText('time ran out')).toHaveCount(0);
});

test('damaged history is reset with a notice; bad links explain themselves', async ({ page }) => {
  await page.goto('/exam');
  await expect(page.getByText('No attempts yet.')).toBeVisible();
  await page.evaluate(() => localStorage.setItem('dockerlings:exam-history', '{"version":1,"attempts":"oops"'));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText('Your saved exam history could not be read');
  await expect(page.getByText('No attempts yet.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('No attempts yet.')).toBeVisible();
  await expect(notice).toHaveCount(0);

  await page.goto('/exam?seed=x&count=5&minutes=5&modules=nope');
  await expect(page.getByRole('alert').filter({ hasText: 'Unknown module: nope.' })).toBeVisible();
});

test('setup, a running exam, its result and the review queue fit a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  for (const path of ['/exam', '/review', '/learn/security/quiz']) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    expect(await fits(), path).toBe(true);
  }
  await page.goto('/exam?seed=phone&count=2&minutes=5&modules=security');
  await page.getByRole('button', { name: 'Start now' }).click();
  await expect(page.getByRole('timer')).toBeVisible();
  expect(await fits(), 'running exam').toBe(true);
  await page.getByRole('button', { name: 'Submit the exam…' }).click();
  await page.getByRole('button', { name: 'Submit now' }).click();
  await expect(page.getByRole('heading', { name: /^Result:/ })).toBeVisible();
  expect(await fits(), 'result').toBe(true);
});
