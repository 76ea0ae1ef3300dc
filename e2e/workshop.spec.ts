/**
 * A whole workshop, as people live it: an instructor creates a room, two learners join from their own
 * browsers, work on a lesson exercise in the simulated terminal (one solves it, one fails a command and
 * gets halfway), answer lesson questions (one of them offline for a while), answer a live class question;
 * the dashboard follows without reloads; learner keys get 403 on every instructor endpoint; the CSV
 * export matches what happened; a learner carries on from another device; the room closes, is deleted.
 */
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { typeInTerminal } from './fixtures';
import { answerLessonQuestion, expectNoErrors, instructorEndpoints, learnerToken, parseCsv, person, singleChoice } from './workshop-helpers';

const LESSON = '/learn/networking/bridge-basics';
const EXERCISE_LESSON = '/learn/images-and-containers/running-containers';
const EXERCISE = 'images-and-containers/running-containers#run-web';

test('an instructor and two learners run a live workshop end to end', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const [q1, q2] = await singleChoice(request, 'networking', 'bridge-basics');
  const teacher = await person(browser);
  const ana = await person(browser);
  const ben = await person(browser);
  const t = teacher.page;

  // The instructor creates the workshop: three lessons, in course order.
  await t.goto('/workshop/new');
  await t.getByLabel('Title').fill('Networking, Tuesday group');
  await t.getByRole('checkbox', { name: 'Running containers', exact: true }).check();
  await t.getByRole('checkbox', { name: q1!.source.lessonTitle, exact: true }).check();
  await t.getByRole('checkbox', { name: 'User-defined networks and DNS', exact: true }).check();
  await t.getByRole('button', { name: 'Create the workshop (3 lessons)' }).click();
  const code = (await t.getByTestId('room-code').innerText()).replace('-', '');
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
  await expect(t.getByTestId('dashboard-link')).toContainText(`/workshop/${code}/dashboard#key=`);
  await t.getByRole('link', { name: 'Open the dashboard' }).click();
  await expect(t.getByRole('heading', { name: 'Networking, Tuesday group' })).toBeVisible();
  await expect(t).not.toHaveURL(/#key=/); // the key leaves the address bar
  await expect(t.getByTestId('stream-state')).toHaveText('live');

  // Two learners join with the code; the dashboard grows a row for each without a reload.
  const rejoinCodes: Record<string, string> = {};
  for (const [who, name] of [[ana, 'Ana'], [ben, 'Ben']] as const) {
    await who.page.goto(`/workshop/join?code=${code.toLowerCase()}`);
    await who.page.getByRole('form', { name: 'Join a workshop', exact: true }).getByLabel('Your display name').fill(name);
    await who.page.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(who.page.getByTestId('learner-name')).toHaveText(name);
    rejoinCodes[name] = (await who.page.locator('#rejoin-code-title + p').innerText()).replace('-', '');
    await expect(t.getByRole('row', { name: new RegExp(`^${name}`) })).toBeVisible();
  }
  const row = (name: string) => t.locator(`tr[data-learner="${name}"]`);

  // The exercise, in the simulated terminal: Ana solves it; Ben mistypes the image, then gets halfway.
  await ana.page.goto(EXERCISE_LESSON);
  await typeInTerminal(ana.page, 'docker run -d --name web -p 8080:80 nginx');
  await expect(ana.page.locator('[data-exercise="run-web"]')).toHaveAttribute('data-done', 'true');
  await typeInTerminal(ana.page, 'docker run --name greeter alpine echo "hello, docker"'); // the lesson's last exercise
  await expect(ana.page.locator('[data-exercise="greeter"]')).toHaveAttribute('data-done', 'true');
  await ben.page.goto(EXERCISE_LESSON);
  await typeInTerminal(ben.page, 'docker run -d --name web -p 8080:80 ngnix');
  await typeInTerminal(ben.page, 'docker run -d --name web nginx');
  await expect(ben.page.locator('[data-exercise="run-web"] [data-goal="running"]')).toHaveAttribute('data-state', 'met');
  await expect(row('Ana').locator('td[data-status]').first()).toHaveAttribute('data-status', 'completed');
  await expect(row('Ben').locator('td[data-status]').first()).toHaveAttribute('data-status', 'partial');
  await expect(row('Ana').locator('td').first()).toHaveText('1'); // lessons completed
  await expect(row('Ben').locator('td').first()).toHaveText('0');
  await expect(t.getByRole('region', { name: 'Recent failing commands' })).toContainText('docker run -d --name web -p 8080:80 ngnix');
  await expect(t.getByRole('region', { name: 'Goals most learners miss' }).getByRole('row', { name: /published/ })).toContainText('1/2');
  // Two more failing commands in a row, and Ben is flagged as stuck.
  await expect(t.getByRole('region', { name: 'Stuck', exact: true })).toContainText('Nobody looks stuck right now.');
  await typeInTerminal(ben.page, 'docker run -d --name web nginx'); // the name is taken
  await typeInTerminal(ben.page, 'docker rm web'); // it is running
  await expect(t.getByRole('region', { name: 'Stuck', exact: true })).toContainText('Ben ran 3 failing commands in the last minutes on run-web');
  await expect(row('Ben')).toContainText('3 errors');
  await ben.page.locator('[data-exercise="run-web"]').getByRole('button', { name: 'Hint (1 of 3)' }).click(); // counted in the CSV

  // Lesson quiz: Ana right, Ben wrong. Their answers reach the dashboard live.
  await ana.page.goto(LESSON);
  await answerLessonQuestion(ana.page, q1!.id, q1!.right);
  await ben.page.goto(LESSON);
  await answerLessonQuestion(ben.page, q1!.id, q1!.wrong);
  await expect(row('Ana').locator('td').nth(1)).toHaveText('1/1');
  await expect(row('Ben').locator('td').nth(1)).toHaveText('0/1');

  // Ben loses the network: his answer waits in the local queue, then arrives once (idempotent ids).
  await ben.context.setOffline(true);
  await answerLessonQuestion(ben.page, q2!.id, q2!.right);
  await expect(ben.page.getByTestId('sync-status')).toContainText(/\d+ updates? waiting to be sent \(offline, will retry\)/);
  await expect(row('Ben').locator('td').nth(1)).toHaveText('0/1');
  await ben.context.setOffline(false);
  await expect(ben.page.getByTestId('sync-status')).toContainText('All progress sent', { timeout: 20_000 });
  await expect(row('Ben').locator('td').nth(1)).toHaveText('1/2');

  // A live class question: on the instructor's screen, answered on the learners' screens.
  await t.getByRole('textbox', { name: 'Question', exact: true }).fill('Which flag publishes a port?');
  await t.getByLabel('Options, one per line (2 to 6)').fill('-p\n-v\n--network');
  await t.getByLabel('Number of the right option (optional)').fill('1');
  await t.getByRole('button', { name: 'Ask the class' }).click();
  await expect(t.getByTestId('live-prompt')).toHaveText('Which flag publishes a port?');
  const dockAna = ana.page.getByRole('complementary', { name: 'Workshop' });
  const dockBen = ben.page.getByRole('complementary', { name: 'Workshop' });
  await dockAna.getByRole('button', { name: '-p', exact: true }).click();
  await dockBen.getByRole('button', { name: '-v', exact: true }).click();
  await expect(t.getByTestId('answer-count')).toHaveText('2 of 2 answered');
  await expect(t.getByTestId('answer-bar').nth(0)).toContainText('1');
  await expect(t.getByTestId('answer-bar').nth(1)).toContainText('1');
  await t.getByRole('button', { name: 'Close the question' }).click();
  await expect(dockBen.getByRole('button', { name: '-p (right answer)' })).toBeVisible();

  // Pacing: a broadcast and the next lesson, straight to the learners.
  await t.getByLabel('Broadcast to every learner').fill('Try docker network inspect bridge');
  await t.getByRole('button', { name: 'Send' }).click();
  await expect(dockAna).toContainText('Try docker network inspect bridge');
  await t.getByRole('button', { name: /^Unlock next:/ }).click();
  await expect(t.getByTestId('unlocked-count')).toHaveText('2');
  await t.getByRole('button', { name: /^Unlock next:/ }).click();
  await expect(t.getByTestId('unlocked-count')).toHaveText('3');
  await ana.page.goto('/workshop/room');
  await expect(ana.page.getByRole('link', { name: 'User-defined networks and DNS' })).toBeVisible();

  // A learner's token (or none) opens no instructor endpoint.
  const token = await learnerToken(ana.page);
  for (const [method, path, body] of instructorEndpoints(code)) {
    for (const headers of [{ authorization: `Bearer ${token}` }, {} as Record<string, string>]) {
      const res = await request.fetch(path, { method, headers, ...(body ? { data: body } : {}) });
      expect(res.status(), `${method} ${path} ${headers.authorization ? 'with a learner token' : 'without a key'}`).toBe(403);
    }
  }

  // The CSV export matches what happened.
  const [download] = await Promise.all([t.waitForEvent('download'), t.getByRole('button', { name: 'Export results (CSV)' }).click()]);
  const [header, ...rows] = parseCsv(await readFile((await download.path())!, 'utf8'));
  const col = (name: string) => header!.indexOf(name);
  expect(rows.map((r) => r[0])).toEqual(['Ana', 'Ben']);
  const columns = ['lessons_completed', `exercise:${EXERCISE}`, 'exercises_completed', 'hints', 'quiz_answered', 'quiz_correct', 'live_quiz_1'];
  expect(rows.map((r) => columns.map((c) => r[col(c)]))).toEqual([
    ['1', 'completed', '2', '0', '1', '1', "'-p (correct)"],
    ['0', 'partial 1/2', '0', '1', '2', '1', "'-v (wrong)"],
  ]);

  // Ana carries on from another device with her name and rejoin code.
  const tablet = await person(browser);
  await tablet.page.goto('/workshop/join#rejoin');
  const rejoin = tablet.page.getByRole('form', { name: 'Rejoin a workshop' });
  await rejoin.getByLabel('Room code').fill(code);
  await rejoin.getByLabel('Your display name').fill('ana');
  await rejoin.getByLabel('Rejoin code').fill(rejoinCodes.Ana!);
  await rejoin.getByRole('button', { name: 'Rejoin' }).click();
  await expect(tablet.page.getByTestId('learner-name')).toHaveText('Ana');
  await expect(tablet.page.getByText('Try docker network inspect bridge')).toBeVisible();
  await expect(tablet.page.locator(`li[data-lesson="${EXERCISE.split('#')[0]}"]`)).toContainText('✓ completed'); // her place, from the room
  await expect(t.locator('tr[data-learner]')).toHaveCount(2); // same learner, not a new one

  // Closing the room reaches the learners; deleting it removes everything.
  t.on('dialog', (d) => void d.accept());
  await t.getByRole('button', { name: 'Close the workshop' }).click();
  await expect(ana.page.getByText('Your instructor has closed this workshop.')).toBeVisible();
  await t.getByRole('button', { name: 'Delete the workshop' }).click();
  await expect(t).toHaveURL(/\/workshop$/);
  expect((await request.get('/api/workshop/me', { headers: { authorization: `Bearer ${token}` } })).status()).toBe(401);
  expectNoErrors(teacher, ana, ben, tablet);
});

test('joining explains wrong codes, taken names and closed rooms', async ({ browser }) => {
  const teacher = await person(browser);
  const { page } = teacher;
  const created = await (await page.request.post('/api/workshop/rooms', { data: { title: 'Names', lessons: ['networking/bridge-basics'] } })).json();
  const code: string = created.workshop.code;
  const first = await person(browser);
  await first.page.goto(`/workshop/join?code=${code}`);
  const form = first.page.getByRole('form', { name: 'Join a workshop', exact: true });
  await form.getByLabel('Your display name').fill('Kim');
  await form.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(first.page.getByTestId('learner-name')).toHaveText('Kim');

  const second = await person(browser);
  await second.page.goto('/workshop/join');
  const form2 = second.page.getByRole('form', { name: 'Join a workshop', exact: true });
  await form2.getByLabel('Room code').fill('22-2222');
  await form2.getByLabel('Your display name').fill('KIM');
  await form2.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(form2.getByRole('alert')).toHaveText('No workshop has the code 222-222. Check it with your instructor.');
  await form2.getByLabel('Room code').fill(code);
  await form2.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(form2.getByText('already taken in this workshop')).toBeVisible();
  await expect(form2.getByLabel('Your display name')).toHaveAttribute('aria-invalid', 'true');

  // Once the instructor closes the room, nobody new gets in.
  const closed = await page.request.post(`/api/workshop/rooms/${code}/close`, { headers: { authorization: `Bearer ${created.instructorKey}` } });
  expect(closed.status()).toBe(200);
  await form2.getByLabel('Your display name').fill('Lee');
  await form2.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(form2.getByRole('alert')).toHaveText('This workshop is closed.');
});

test('workshop pages have no serious accessibility problems; the presenter view is large and bare', async ({ page }) => {
  test.setTimeout(90_000); // three axe scans and a production page each, on a shared 2-core machine
  for (const path of ['/workshop', '/workshop/new', '/workshop/join']) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path}: ${v.id}`)).toEqual([]);
  }
  await page.goto('/workshop/present/networking/bridge-basics');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('region', { name: 'Terminal' })).toHaveCount(0);
  const size = await page.locator('.presenter-view').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(22);
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/\/workshop\/present\/networking\/(?!bridge-basics)/);
});
