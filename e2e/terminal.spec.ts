import { expect, LESSON, terminal, test, typeInTerminal } from './fixtures';

test('typing a command in the lesson terminal prints its output', async ({ page }) => {
  await page.goto(LESSON);
  await typeInTerminal(page, 'echo hello');
  const { log } = terminal(page);
  await expect(log).toContainText('learner@dockerlings:~$ echo hello');
  await expect(log.getByText('hello', { exact: true })).toHaveCount(1);
});

test('line editing and history work from the keyboard', async ({ page }) => {
  await page.goto(LESSON);
  await typeInTerminal(page, 'echo first');
  await page.keyboard.type('echo secnd');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type('o');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const { log } = terminal(page);
  await expect(log.getByText('first', { exact: true })).toHaveCount(2);
});

test('Run types a code block into the terminal and runs it', async ({ page }) => {
  await page.goto(LESSON);
  const { panel, log } = terminal(page);
  await expect(panel).toHaveAttribute('data-status', 'ready');
  const block = page.locator('.code-block').filter({ hasText: 'Hello from the host' });
  await block.getByRole('button', { name: 'Run in terminal' }).click();
  await expect(log).toContainText('$ echo "Hello from the host"');
  await expect(log.getByText('Hello from the host', { exact: true })).toHaveCount(1);
  await expect(log).toContainText('$ pwd');
});

test('Run pressed before the terminal has loaded queues the command and loads it', async ({ page }) => {
  // Hold back every script the page did not ask for in its HTML (the lazy terminal chunks).
  const html = await (await page.request.get(LESSON)).text();
  const initial = new Set([...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]));
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/**/*.js', async (route) => {
    if (!initial.has(new URL(route.request().url()).pathname)) await gate;
    await route.continue();
  });
  await page.goto(LESSON);
  const { panel, log } = terminal(page);
  await expect(panel).toHaveAttribute('data-status', 'loading');
  await page.locator('.code-block').filter({ hasText: 'Hello from the host' }).getByRole('button', { name: 'Run in terminal' }).click();
  release();
  await expect(panel).toHaveAttribute('data-status', 'ready');
  await expect(log.getByText('Hello from the host', { exact: true })).toHaveCount(1);
});

test('the playground is a full-page terminal', async ({ page }) => {
  await page.goto('/playground');
  await expect(page).toHaveTitle('Playground · Dockerlings');
  const { panel, log } = terminal(page, 'Playground terminal');
  const box = await panel.boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.width).toBeGreaterThan(viewport.width * 0.9);
  expect(box!.height).toBeGreaterThan(viewport.height * 0.75);
  await typeInTerminal(page, 'echo playground', 'Playground terminal');
  await expect(log.getByText('playground', { exact: true })).toHaveCount(1);
});
