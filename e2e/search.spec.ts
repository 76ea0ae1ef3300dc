/**
 * Site search: opened with `/` or Ctrl+K (not while typing in the terminal), an accessible combobox in
 * a modal dialog, results from lessons, exercises and quiz explanations with the matched words
 * highlighted, and Enter jumps to the section. The index is fetched when search opens, not before.
 */
import type { Page } from '@playwright/test';
import { expect, LESSON, test } from './fixtures';

function dialog(page: Page) {
  return page.getByRole('dialog', { name: 'Search the course' });
}

test('/ opens search; results are highlighted; Enter jumps to the section that matches', async ({ page }) => {
  const indexRequests: string[] = [];
  page.on('request', (r) => r.url().includes('/search-index.json') && indexRequests.push(r.url()));
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(indexRequests, 'the index is not loaded before search is opened').toEqual([]);

  await page.keyboard.press('/');
  const box = dialog(page).getByRole('combobox', { name: 'Search lessons, exercises and quiz explanations' });
  await expect(box).toBeFocused();
  await page.keyboard.type('volume prune');
  const options = dialog(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  expect(indexRequests).toHaveLength(1);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.first().locator('mark').first()).toHaveText(/^(volume|prune)/i);

  // Arrow keys move the active option; pick the "Cleaning up" section of the volumes lesson.
  const target = options.filter({ hasText: 'Cleaning up' }).filter({ hasText: 'Volumes' }).first();
  await expect(target).toBeVisible();
  const targetId = await target.getAttribute('id');
  for (let i = 0; i < 20 && (await box.getAttribute('aria-activedescendant')) !== targetId; i++) await page.keyboard.press('ArrowDown');
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/learn\/data\/volumes#cleaning-up$/);
  await expect(dialog(page)).toBeHidden();
  await expect(page.locator('[id="cleaning-up"]')).toBeInViewport();
});

test('Ctrl+K opens search on a lesson; Esc closes it and gives focus back', async ({ page }) => {
  await page.goto(LESSON);
  const button = page.getByRole('button', { name: 'Search' });
  await button.focus();
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page).getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('exercises and quiz explanations are found too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const box = dialog(page).getByRole('combobox');
  await box.fill('web server in the background');
  const exercise = dialog(page).getByRole('option').filter({ hasText: /^Exercise · Running containers/ }).first();
  await expect(exercise).toContainText('Run a web server in the background');
  await box.fill('pre-fills an empty volume');
  const quiz = dialog(page).getByRole('option').filter({ hasText: /^Quiz · / }).first();
  await expect(quiz).toBeVisible();
  await quiz.click();
  await expect(page).toHaveURL(/\/learn\/data\/volumes#new-volumes-start-with-the-images-files$/);
});

test('typing / and Ctrl+K in the terminal stays in the terminal', async ({ page }) => {
  await page.goto('/playground');
  const panel = page.getByRole('region', { name: 'Playground terminal', exact: true });
  await expect(panel).toHaveAttribute('data-status', 'ready');
  await panel.locator('.xterm').click();
  await page.keyboard.type('echo /tmp/x');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+k'); // the shell's kill-to-end-of-line
  await page.keyboard.type('echo still-here');
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('log', { name: 'Playground terminal output' }).getByText('still-here', { exact: true })).toHaveCount(1);
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('networkidle'); // the shortcut works once the page is interactive
  await page.keyboard.press('/');
  await dialog(page).getByRole('combobox').fill('zzqxw');
  await expect(dialog(page).getByRole('status')).toHaveText('0 results');
  await expect(dialog(page).getByRole('option')).toHaveCount(0);
});
