import AxeBuilder from '@axe-core/playwright';
import { expect, LESSON, test } from './fixtures';

const PAGES: Array<[string, string]> = [
  ['home', '/'],
  ['lesson', LESSON],
  ['playground', '/playground'],
];

for (const theme of ['light', 'dark'] as const) {
  for (const [name, path] of PAGES) {
    test(`${name} (${theme}) has no serious or critical axe violations`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(path);
      await expect(page.locator('[data-status]').or(page.locator('main')).first()).toBeVisible();
      if (name !== 'home') await expect(page.locator('.terminal-panel')).toHaveAttribute('data-status', 'ready');
      const results = await new AxeBuilder({ page }).analyze();
      const blocking = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      expect(blocking).toEqual([]);
    });
  }
}

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
  await page.goto(LESSON);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('Tab completes inside the terminal, and Esc then Tab leaves it (no keyboard trap)', async ({ page }) => {
  await page.goto('/playground');
  const panel = page.getByRole('region', { name: 'Playground terminal', exact: true });
  await expect(panel).toHaveAttribute('data-status', 'ready');
  await panel.locator('.xterm').click();
  const focusInTerminal = () => page.evaluate(() => !!document.activeElement?.closest('.xterm'));
  await page.keyboard.type('ech');
  await page.keyboard.press('Tab');
  expect(await focusInTerminal()).toBe(true);
  await page.keyboard.type('completed');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('log', { name: 'Playground terminal output' }).getByText('completed', { exact: true })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  expect(await focusInTerminal()).toBe(false);
});
