/**
 * Accessibility that axe cannot see: the terminal's screen-reader log (each command's output once,
 * politely, never keystroke by keystroke; column output as a table with a summary), reduced motion,
 * visible focus on the header controls, and axe (contrast included) on the search dialog and a
 * lesson's code in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, typeInTerminal } from './fixtures';

const serious = async (builder: AxeBuilder) =>
  (await builder.analyze()).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the terminal log announces each output once, politely, and never the keystrokes', async ({ page }) => {
  await page.goto('/playground');
  const name = 'Playground terminal';
  const log = page.getByRole('log', { name: `${name} output` });
  await expect(log).toHaveAttribute('aria-live', 'polite');
  await typeInTerminal(page, 'echo announced-once', name);
  await expect(log.getByText('announced-once', { exact: true })).toHaveCount(1);
  const entries = await log.locator('> *').count();
  await page.keyboard.type('echo not-yet');
  await page.waitForTimeout(300);
  expect(await log.locator('> *').count(), 'typing adds nothing to the log').toBe(entries);
  await expect(log).not.toContainText('not-yet');
});

test('docker ps output reaches the log as a table with a summary and column headers', async ({ page }) => {
  await page.goto('/playground');
  const name = 'Playground terminal';
  await typeInTerminal(page, 'docker run -d --name web nginx', name);
  await typeInTerminal(page, 'docker ps', name);
  const log = page.getByRole('log', { name: `${name} output` });
  const table = log.getByRole('table');
  await expect(table).toHaveCount(1);
  await expect(log.getByText(/^Table, 1 row, columns: CONTAINER ID, IMAGE, COMMAND, CREATED, STATUS, PORTS, NAMES\.$/)).toHaveCount(1);
  await expect(table.getByRole('columnheader')).toHaveText(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES']);
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('nginx');
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(6)).toHaveText('web');
});

test('with reduced motion, nothing animates and the cursor does not blink', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/playground');
  await expect(page.locator('.terminal-panel')).toHaveAttribute('data-status', 'ready');
  const durations = await page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) => {
      const s = getComputedStyle(el);
      return [s.animationDuration, s.transitionDuration].flatMap((d) => d.split(',')).map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000));
    }),
  );
  expect(Math.max(...durations)).toBeLessThanOrEqual(1);
  await expect(page.locator('.xterm-cursor-blink')).toHaveCount(0);
});

test('header controls show a visible focus ring', async ({ page }) => {
  await page.goto('/');
  for (const name of ['Search', 'Dark mode']) {
    const control = page.getByRole('button', { name });
    await control.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
    const outline = await control.evaluate((el) => ({ style: getComputedStyle(el).outlineStyle, width: parseFloat(getComputedStyle(el).outlineWidth) }));
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`search dialog and highlighted code meet contrast AA (${theme})`, async ({ page }) => {
    test.setTimeout(90_000); // axe's contrast check walks every shiki token of a long lesson
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/learn/data/volumes');
    expect(await serious(new AxeBuilder({ page }).include('.lesson-prose').withRules(['color-contrast']))).toEqual([]);
    await page.keyboard.press('/');
    await page.getByRole('combobox').fill('volume');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect(await serious(new AxeBuilder({ page }).include('dialog'))).toEqual([]);
  });
}
