/**
 * Helpers for the workshop e2e: separate browser contexts (one per person), each failing the test on
 * console errors, and the quiz bank as the site serves it (to answer lesson questions right or wrong).
 */
import { type APIRequestContext, type Browser, type BrowserContext, expect, type Page } from '@playwright/test';

export interface Person {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

export async function person(browser: Browser): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    // A request the test made fail on purpose (offline) logs a network error; anything else is a bug.
    if (msg.type() === 'error' && !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(msg.text())) errors.push(msg.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

export function expectNoErrors(...people: Person[]): void {
  for (const p of people) expect(p.errors, 'console errors').toEqual([]);
}

export interface BankQuestion {
  id: string;
  type: string;
  module: string;
  lesson: string;
  options?: string[];
  answer?: string;
  source: { lessonTitle: string; href: string };
}

/** Single-choice questions of a lesson, with the right and a wrong option text. */
export async function singleChoice(request: APIRequestContext, module: string, lesson: string) {
  const bank = (await (await request.get('/exam/bank.json')).json()) as BankQuestion[];
  return bank
    .filter((q) => q.module === module && q.lesson === lesson && q.type === 'single')
    .map((q) => {
      const right = (q.answer as string).charCodeAt(0) - 65;
      return { ...q, right: q.options![right]!, wrong: q.options![right === 0 ? 1 : 0]! };
    });
}

/** Answer one lesson-quiz question on the learner's lesson page. */
export async function answerLessonQuestion(page: Page, questionId: string, option: string): Promise<void> {
  const card = page.locator(`.quiz-card[data-question="${questionId}"]`);
  await card.getByRole('radio', { name: option }).check();
  await card.getByRole('button', { name: 'Check answer' }).click();
  await expect(card.getByRole('status')).toContainText(/Correct|Not quite/);
}

export async function learnerToken(page: Page): Promise<string> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('dockerlings.workshop.member') ?? '{}') as { token: string }).token);
}

/** Every instructor endpoint of a room, as [method, path, body?]. */
export function instructorEndpoints(code: string): Array<[string, string, unknown?]> {
  const room = `/api/workshop/rooms/${code}`;
  return [
    ['GET', room],
    ['DELETE', room],
    ['GET', `${room}/stream`],
    ['POST', `${room}/unlock`, { count: 2 }],
    ['POST', `${room}/broadcast`, { style: 'message', text: 'hi' }],
    ['POST', `${room}/quiz`, { prompt: 'Q?', options: ['a', 'b'] }],
    ['POST', `${room}/quiz/close`, { quizId: 'abcdefghijkl' }],
    ['POST', `${room}/close`],
    ['GET', `${room}/export`],
  ];
}

/** Parse the exported CSV (quoted cells, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n') row.push(cell), rows.push(row), (row = []), (cell = '');
    else if (ch !== '\r') cell += ch;
  }
  return rows;
}
