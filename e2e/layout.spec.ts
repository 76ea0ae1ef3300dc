import { expect, LESSON, terminal, test } from './fixtures';

test.describe('wide screen (1280 px)', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('prose and terminal sit side by side and the split resizes from the keyboard', async ({ page }) => {
    await page.goto(LESSON);
    const prose = page.locator('#lesson-pane');
    const { panel } = terminal(page);
    await expect(panel).toHaveAttribute('data-status', 'ready');
    const [p, t] = [await prose.boundingBox(), await panel.boundingBox()];
    expect(t!.x).toBeGreaterThanOrEqual(p!.x + p!.width - 1);
    expect(Math.abs(t!.y - p!.y)).toBeLessThan(40);

    const handle = page.getByRole('separator', { name: 'Resize lesson and terminal' });
    await handle.focus();
    const before = Number(await handle.getAttribute('aria-valuenow'));
    await page.keyboard.press('ArrowRight');
    await expect(handle).toHaveAttribute('aria-valuenow', String(before + 5));
    expect((await prose.boundingBox())!.width).toBeGreaterThan(p!.width + 40);
    await page.keyboard.press('Home');
    await expect(handle).toHaveAttribute('aria-valuenow', '25');

    await page.reload();
    await expect(page.getByRole('separator', { name: 'Resize lesson and terminal' })).toHaveAttribute('aria-valuenow', '25');
    expect((await prose.boundingBox())!.width).toBeLessThan(p!.width);
  });

  test('a section link scrolls the lesson pane only, and its heading lands below the header', async ({ page }) => {
    await page.goto(LESSON);
    await expect(terminal(page).panel).toHaveAttribute('data-status', 'ready');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    const link = contents.getByRole('link').last();
    const id = (await link.getAttribute('href'))!;
    await link.click();
    const heading = page.locator(`[id="${id.slice(1)}"]`);
    await expect(heading).toBeInViewport();
    // The page itself does not move (the header and the terminal stay where they were)...
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // ...and the heading sits under the sticky header, by the scroll margin the prose gives it.
    const header = (await page.locator('.site-header').boundingBox())!;
    const top = (await heading.boundingBox())!.y;
    expect(top).toBeGreaterThanOrEqual(header.y + header.height);
    expect(top).toBeLessThan(header.y + header.height + 100);
  });
});

test.describe('phone (390 px)', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of ['/', LESSON, '/playground']) {
    test(`${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeAttached();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  }

  test('the lesson stacks the terminal under the prose', async ({ page }) => {
    await page.goto(LESSON);
    const prose = await page.locator('#lesson-pane').boundingBox();
    const term = await terminal(page).panel.boundingBox();
    expect(term!.y).toBeGreaterThan(prose!.y + prose!.height - 1);
    expect(term!.width).toBeGreaterThan(340);
    await expect(page.getByRole('separator')).toBeHidden();
  });
});
