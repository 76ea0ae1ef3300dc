/**
 * Lesson and module quizzes: answering with the keyboard, immediate feedback with the explanation and
 * a link to the lesson section, the simulator-graded "type the command" question, and a missed
 * question showing up in the review queue. Right answers come from the bank the site serves.
 */
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface BankQuestion {
  id: string;
  type: string;
  module: string;
  lesson: string;
  prompt: string;
  options?: string[];
  answer?: string | string[] | boolean;
  solution?: string;
  source: { href: string; sectionTitle: string };
}

const LESSON = '/learn/networking/bridge-basics';

async function lessonQuestions(request: APIRequestContext, module: string, lesson: string): Promise<BankQuestion[]> {
  const bank = (await (await request.get('/exam/bank.json')).json()) as BankQuestion[];
  return bank.filter((q) => q.module === module && q.lesson === lesson);
}

const letter = (l: string) => l.charCodeAt(0) - 65;
/** Quiz text as the page shows it: inline `code` marks are rendered, not printed. */
const shown = (text: string) => text.replace(/`/g, '');

/** The option labels of a choice question: the right one and a wrong one. */
function choices(q: BankQuestion): { right: string; wrong: string } {
  const options = q.options!;
  const right = letter(q.answer as string);
  return { right: options[right]!, wrong: options[right === 0 ? 1 : 0]! };
}

async function blocking(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

function card(page: Page, index: number): Locator {
  return page.locator('.lesson-quiz .quiz-card').nth(index);
}

test('a lesson quiz, answered with the keyboard, gives feedback and links back to the section', async ({ page, request }) => {
  const [first, second] = await lessonQuestions(request, 'networking', 'bridge-basics');
  await page.goto(LESSON);
  const quiz = page.getByRole('region', { name: 'Check your understanding' });
  await expect(quiz).toBeVisible();
  await expect(quiz.locator('.quiz-card')).toHaveCount(4);

  // Question 1, wrong on purpose, keyboard only: focus the first option, arrow to the wrong one, Tab to Check, Enter.
  const one = card(page, 0);
  await expect(one).toContainText(shown(first!.prompt));
  const { wrong } = choices(first!);
  await one.getByRole('radio').first().focus();
  await page.keyboard.press('Space');
  const wrongRadio = one.getByRole('radio', { name: wrong });
  while (!(await wrongRadio.isChecked())) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await expect(one.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  const feedback = one.getByRole('status');
  await expect(feedback).toContainText('Not quite');
  await expect(one.getByText('Correct answer')).toBeVisible();
  const readMore = feedback.getByRole('link', { name: new RegExp(first!.source.sectionTitle) });
  await expect(readMore).toHaveAttribute('href', first!.source.href);

  // Question 2, right.
  const two = card(page, 1);
  await two.getByRole('radio', { name: choices(second!).right }).check();
  await two.getByRole('button', { name: 'Check answer' }).click();
  await expect(two.getByRole('status')).toContainText('Correct');
  await expect(quiz.getByText('First tries: 1 of 2 right so far')).toBeVisible();

  expect(await blocking(page, '.lesson-quiz')).toEqual([]);

  // The link goes to the lesson section that teaches the answer.
  await readMore.click();
  const anchor = first!.source.href.split('#')[1]!;
  await expect(page).toHaveURL(new RegExp(`#${anchor}$`));
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});

test('a missed question comes back in the review queue, counted on the home page', async ({ page, request }) => {
  const [first] = await lessonQuestions(request, 'networking', 'bridge-basics');
  // A fixed mid-morning start, so "today" never ends during the test.
  await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
  await page.goto(LESSON);
  const one = card(page, 0);
  await one.getByRole('radio', { name: choices(first!).wrong }).check();
  await one.getByRole('button', { name: 'Check answer' }).click();
  await expect(one.getByRole('status')).toContainText('Not quite');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('dockerlings:review') ?? '')).toContain(first!.id);

  await page.goto('/');
  const due = page.getByRole('link', { name: 'Review queue: 1 due today' });
  await expect(due).toHaveAttribute('href', '/review');
  await due.click();
  // Missed a moment ago: scheduled again in a minute or so.
  await expect(page.getByRole('heading', { name: 'Due now (0)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Later today (1)' })).toContainText(shown(first!.prompt));

  await page.clock.fastForward('05:00');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Due now (1)' })).toBeVisible();
  const review = page.locator('.review-item').first();
  await expect(review).toContainText(shown(first!.prompt));
  expect(await blocking(page)).toEqual([]);

  // Answering it right schedules the next review further out.
  await review.getByRole('radio', { name: choices(first!).right }).check();
  await review.getByRole('button', { name: 'Check answer' }).click();
  await expect(review.getByRole('status')).toContainText('Correct');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Due now (0)' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^(Later today|Coming up) \(1\)$/ })).toContainText(shown(first!.prompt));
});

test('"type the command" is graded by running it in the simulator', async ({ page, request }) => {
  const q = (await lessonQuestions(request, 'what-is-docker', 'containers-vs-vms')).find((x) => x.type === 'command')!;
  await page.goto('/learn/what-is-docker/containers-vs-vms');
  const box = page.locator('.lesson-quiz .quiz-card').filter({ hasText: shown(q.prompt) });
  const input = box.getByRole('textbox', { name: 'Your command' });

  await input.fill('uname');
  await input.press('Enter');
  await expect(box.getByRole('status')).toContainText('Not quite');
  await expect(box.getByRole('status')).toContainText('Linux');

  await box.getByRole('button', { name: 'Try again' }).click();
  await box.getByRole('textbox', { name: 'Your command' }).fill('uname --kernel-release');
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.getByRole('status')).toContainText('Correct');
  await expect(box.getByText(`A right answer: ${q.solution}`)).toBeVisible();
});

test('docker ps -a and docker container ls -a are both right; docker ps is not', async ({ page, request }) => {
  const q = (await lessonQuestions(request, 'images-and-containers', 'running-containers')).find((x) => x.id === 'img-run-list-all')!;
  await page.goto('/learn/images-and-containers/running-containers');
  const box = page.locator('.lesson-quiz .quiz-card').filter({ hasText: shown(q.prompt) });
  await box.getByRole('textbox', { name: 'Your command' }).fill('docker container ls -a');
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.getByRole('status')).toContainText('Correct');
  await expect(box.getByRole('status')).toContainText('once');

  await box.getByRole('button', { name: 'Try again' }).click();
  await box.getByRole('textbox', { name: 'Your command' }).fill('docker ps');
  await box.getByRole('button', { name: 'Check answer' }).click();
  await expect(box.getByRole('status')).toContainText('Not quite');
});

test('ordering and multiple choice work from the keyboard', async ({ page, request }) => {
  const questions = await lessonQuestions(request, 'data', 'backup-and-restore');
  const order = questions.find((q) => q.type === 'order')! as BankQuestion & { steps: string[] };
  await page.goto('/learn/data/backup-and-restore');
  const box = page.locator('.lesson-quiz .quiz-card').filter({ hasText: shown(order.prompt) });
  // Sort the shown steps with the Move up buttons until they match the right order.
  for (let target = 0; target < order.steps.length; target++) {
    const items = box.locator('.quiz-step');
    const texts = await items.allTextContents();
    let at = texts.findIndex((t) => t.includes(order.steps[target]!));
    while (at > target) {
      await box.getByRole('button', { name: `Move up: ${order.steps[target]}` }).press('Enter');
      at--;
    }
  }
  await expect(box.locator('[aria-live="polite"]')).toContainText('Moved');
  await box.getByRole('button', { name: 'Check answer' }).press('Enter');
  await expect(box.getByRole('status')).toContainText('Correct');

  await page.goto('/learn/what-is-docker/containers-vs-vms');
  const multi = (await lessonQuestions(request, 'what-is-docker', 'containers-vs-vms')).find((q) => q.type === 'multiple')!;
  const mbox = page.locator('.lesson-quiz .quiz-card').filter({ hasText: shown(multi.prompt) });
  for (const l of multi.answer as string[]) {
    const box = mbox.getByRole('checkbox', { name: multi.options![letter(l)]! });
    await box.focus();
    await page.keyboard.press('Space');
  }
  await mbox.getByRole('button', { name: 'Check answer' }).click();
  await expect(mbox.getByRole('status')).toContainText('Correct');
});

test('a module quiz lists every question of the module', async ({ page, request }) => {
  test.setTimeout(60_000);
  const bank = (await (await request.get('/exam/bank.json')).json()) as BankQuestion[];
  const count = bank.filter((q) => q.module === 'compose').length;
  await page.goto('/learn/compose/quiz');
  await expect(page).toHaveTitle(/Quiz: Docker Compose/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Module quiz: Docker Compose');
  await expect(page.locator('.quiz-card')).toHaveCount(count);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    expect(await blocking(page), theme).toEqual([]);
  }
});
