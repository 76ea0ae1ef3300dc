import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { expect, terminal, test, typeInTerminal } from './fixtures';

const LESSON = '/learn/images-and-containers/running-containers';

test('a learner solves an exercise with an equivalent command and sees every goal met', async ({ page }) => {
  await page.goto(LESSON);
  const exercise = page.locator('[data-exercise="run-web"]');
  await expect(exercise.locator('[data-goal]')).toHaveCount(2);
  await expect(exercise.locator('[data-goal="running"]')).toHaveAttribute('data-state', 'unmet');
  await typeInTerminal(page, 'docker container run --detach --publish 8080:80 --name=web nginx:latest');
  await expect(exercise.locator('[data-goal="running"]')).toHaveAttribute('data-state', 'met');
  await expect(exercise.locator('[data-goal="published"]')).toHaveAttribute('data-state', 'met');
  await expect(exercise.getByRole('status')).toHaveText('Exercise complete: every goal is met.');
  await expect(exercise).toHaveAttribute('data-done', 'true');
  await expect(exercise.getByText('Well done: every goal is met.')).toBeVisible();
  await exercise.getByRole('link', { name: 'On to the next exercise' }).click();
  await expect(page).toHaveURL(/#exercise-greeter$/);
});

test('a wrong attempt shows the targeted hint, and Undo takes it back', async ({ page }) => {
  await page.goto(LESSON);
  const exercise = page.locator('[data-exercise="run-web"]');
  await typeInTerminal(page, 'docker run -d --name web -p 80:8080 nginx');
  await expect(exercise.locator('[data-goal="running"]')).toHaveAttribute('data-state', 'met');
  await expect(exercise.locator('[data-goal="published"]')).toHaveAttribute('data-state', 'unmet');
  const feedback = exercise.locator('[data-feedback="ports-swapped"]');
  await expect(feedback).toContainText('-p takes HOST:CONTAINER');
  await expect(feedback).toContainText('use -p 8080:80');
  await exercise.getByRole('button', { name: 'Undo last command' }).click();
  await expect(exercise.locator('[data-goal="running"]')).toHaveAttribute('data-state', 'unmet');
  await expect(terminal(page).log).toContainText('(Undone: docker run -d --name web -p 80:8080 nginx)');
  await exercise.getByRole('button', { name: 'Check' }).click();
  await expect(exercise.getByRole('status')).toHaveText('Not yet: 0 of 2 goals met.');
});

test('the hint ladder ends with the solution, after a confirmation', async ({ page }) => {
  await page.goto(LESSON);
  const exercise = page.locator('[data-exercise="run-web"]');
  await exercise.getByRole('button', { name: 'Hint (1 of 3)' }).click();
  await exercise.getByRole('button', { name: 'Next hint (2 of 3)' }).click();
  await exercise.getByRole('button', { name: 'Next hint (3 of 3)' }).click();
  await expect(exercise.getByRole('list', { name: 'Hints' }).getByRole('listitem')).toHaveCount(3);
  await exercise.getByRole('button', { name: 'Show the solution' }).click();
  await expect(exercise.locator('.exercise-solution')).toHaveCount(0);
  await exercise.getByRole('button', { name: 'Yes, show it' }).click();
  await expect(exercise.locator('.exercise-solution code')).toHaveText('docker run -d --name web -p 8080:80 nginx');
  await exercise.getByRole('button', { name: 'Run it in the terminal' }).click();
  await expect(exercise).toHaveAttribute('data-done', 'true');
});

test('an exercise with setup starts from its prepared terminal', async ({ page }) => {
  await page.goto('/learn/images-and-containers/logs-exec-inspect');
  const exercise = page.locator('[data-exercise="exec-hello"]');
  await expect(terminal(page).panel).toHaveAttribute('data-status', 'ready');
  await exercise.getByRole('button', { name: 'Start the exercise' }).click();
  await expect(exercise.locator('[data-goal="still-running"]')).toHaveAttribute('data-state', 'met');
  await typeInTerminal(page, "docker run nginx sh -c 'echo hi > /usr/share/nginx/html/hello.txt'");
  await expect(exercise.locator('[data-feedback="run-instead-of-exec"]')).toContainText('docker exec web');
  await typeInTerminal(page, 'echo hi | docker exec -i web sh -c "cat > /usr/share/nginx/html/hello.txt"');
  await expect(exercise.locator('[data-goal="file"]')).toHaveAttribute('data-state', 'met');
  await expect(exercise).toHaveAttribute('data-done', 'true');
});

test('a reload keeps progress and the terminal; export, clear and import bring progress back', async ({ page }, testInfo) => {
  await page.goto(LESSON);
  await typeInTerminal(page, 'docker run -d --name web -p 8080:80 nginx');
  await expect(page.locator('[data-exercise="run-web"]')).toHaveAttribute('data-done', 'true');
  await typeInTerminal(page, 'docker run --name greeter alpine echo hi');
  await expect(page.locator('[data-exercise="greeter"] [data-goal="exists"]')).toHaveAttribute('data-state', 'met');

  await page.reload();
  await expect(page.locator('[data-exercise="run-web"]')).toHaveAttribute('data-done', 'true');
  await expect(page.locator('[data-exercise="run-web"] [data-goal="published"]')).toHaveAttribute('data-state', 'met');
  const { log } = terminal(page);
  await expect(log).toContainText('Terminal restored from your last visit');
  await typeInTerminal(page, 'docker ps -a --format "{{.Names}} {{.Status}}"');
  await expect(log).toContainText('web Up');
  await expect(log).toContainText('greeter Exited (0)');

  await page.goto('/');
  const row = page.getByRole('link', { name: 'Running containers', exact: true }).locator('xpath=ancestor::li[1]');
  await expect(row.locator('.lesson-status')).toHaveText('In progress');

  await page.goto('/progress');
  await expect(page.getByRole('list', { name: 'Lessons you started' })).toContainText('In progress');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await downloading).saveAs(file);
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'dockerlings-progress', progress: { lessons: { 'images-and-containers/running-containers': {} } } });

  await page.getByRole('button', { name: 'Clear progress' }).click();
  await page.getByRole('button', { name: 'Yes, clear it' }).click();
  await expect(page.getByText('No exercise started yet.')).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(file);
  await expect(page.getByRole('status')).toHaveText('Progress imported: 1 lesson.');
  await expect(page.getByRole('list', { name: 'Lessons you started' })).toContainText('In progress');

  await page.goto(LESSON);
  await expect(page.locator('[data-exercise="run-web"]')).toHaveAttribute('data-done', 'true');
  await expect(terminal(page).log).toContainText('Terminal restored from your last visit');
});

for (const theme of ['light', 'dark'] as const) {
  test(`a lesson with an exercise has no serious axe violations (${theme}), before and after a hint and feedback`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(LESSON);
    await typeInTerminal(page, 'docker run -d --name web -p 80:8080 nginx');
    const exercise = page.locator('[data-exercise="run-web"]');
    await expect(exercise.locator('[data-feedback]')).toBeVisible();
    await exercise.getByRole('button', { name: 'Hint (1 of 3)' }).click();
    const results = await new AxeBuilder({ page }).include('[data-exercise]').analyze();
    const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(blocking).toEqual([]);
    const page2 = await new AxeBuilder({ page }).analyze();
    expect(page2.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
}
