/**
 * Shared test setup: every test fails if the page logs a console error or throws, and helpers reach
 * the terminal the way a learner would (focus it, type, read its screen-reader log).
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const LESSON = '/learn/what-is-docker/containers-vs-vms';
export const LESSON_TITLE = 'Containers vs virtual machines';

type Fixtures = { consoleErrors: string[] };

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export function terminal(page: Page, name = 'Terminal'): { panel: Locator; log: Locator } {
  const panel = page.getByRole('region', { name, exact: true });
  return { panel, log: page.getByRole('log', { name: `${name} output` }) };
}

/** Wait until the terminal accepts input, focus it and type a line. */
export async function typeInTerminal(page: Page, line: string, name = 'Terminal'): Promise<void> {
  const { panel } = terminal(page, name);
  await expect(panel).toHaveAttribute('data-status', 'ready');
  await panel.locator('.xterm').click();
  await page.keyboard.type(line);
  await page.keyboard.press('Enter');
}
