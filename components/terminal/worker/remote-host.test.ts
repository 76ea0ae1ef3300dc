/**
 * The terminal and the exercise panels on one end of a MessageChannel, the simulator (serveHost with
 * the real host and agent) on the other, as in the browser with its Web Worker: what a learner sees.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { connectAgent, publishStatus, registerExercise, type Registration } from '@/components/exercise/bus';
import { spec } from '@/components/exercise/exercise.test-helper';
import type { ExerciseStatus } from '@/components/exercise/protocol';
import { memoryStore } from '@/lib/progress/progress.test-helper';
import type { LearnerEvent } from '@/lib/workshop/events';
import { TerminalController } from '../controller';
import { TestScreen } from '../screen.test-helper';
import type { PageMessage, Port, WorkerMessage } from './protocol';
import { RemoteHost } from './remote-host';
import { serveHost } from './serve-host';

const PROMPT = 'learner@dockerlings:~$';
const LESSON = 'demo/first';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** Wait (a few ms at a time, 3 s at most) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
}

/** A page with a terminal connected to a simulator on the other end of a channel. */
async function page(store = memoryStore(), lesson: string | null = LESSON) {
  const channel = new MessageChannel();
  const reports: LearnerEvent[] = [];
  let closed = false;
  serveHost(channel.port2 as unknown as Port<WorkerMessage, PageMessage>, { now: () => 1000, onDisposed: () => channel.port2.close() });
  const host = new RemoteHost(channel.port1 as unknown as Port<PageMessage, WorkerMessage>, {
    lesson,
    store,
    report: (e) => reports.push(e),
    connectAgent,
    publishStatus,
    onClosed: () => (closed = true),
  });
  const screen = new TestScreen(80);
  const controller = new TerminalController(screen, null, { initialPrompt: `${PROMPT} ` });
  controller.start();
  cleanups.push(() => channel.port1.close());
  const session = await host.ready;
  controller.attach(session, () => host.connectTerminal({ notice: (text) => controller.notice(text) }));
  const idle = () => screen.currentLine().endsWith('$');
  /** Type keys one chunk at a time, as xterm sends them. */
  const type = (...keys: string[]) => keys.forEach((k) => controller.handleData(k));
  return { host, screen, controller, store, reports, idle, type, closed: () => closed };
}

describe('the terminal with the simulator behind a message channel', () => {
  it('runs a typed command there and prints its output, then the prompt it leaves', async () => {
    const { screen, type, idle } = await page();
    type('cd /tmp && echo "here"', '\r');
    await until(idle);
    expect(screen.text()).toBe(`${PROMPT} cd /tmp && echo "here"\nhere\nlearner@dockerlings:/tmp$`);
  });

  it('holds keys typed while a command runs and runs them after it, in order', async () => {
    const { screen, type, idle } = await page();
    type('docker run -d --name web nginx', '\r', 'docker ps --format "{{.Names}}"', '\r', 'echo done', '\r');
    await until(() => screen.text().includes('done\n') && idle());
    const lines = screen.text().split('\n');
    expect(lines.filter((l) => l.startsWith(PROMPT))).toEqual([
      `${PROMPT} docker run -d --name web nginx`,
      `${PROMPT} docker ps --format "{{.Names}}"`,
      `${PROMPT} echo done`,
      PROMPT,
    ]);
    expect(lines[lines.indexOf(`${PROMPT} docker ps --format "{{.Names}}"`) + 1]).toBe('web');
  });

  it('completes with Tab from the simulator and recalls history with ↑', async () => {
    const { screen, type, idle } = await page();
    type('kubec', '\t', 'x');
    await until(() => screen.currentLine() === `${PROMPT} kubectl x`);
    type('\x15', 'echo one', '\r');
    await until(() => screen.text().includes('one\n') && idle());
    type('\x1b[A');
    expect(screen.currentLine()).toBe(`${PROMPT} echo one`);
  });

  it('↑ recalls what the shell remembers after history -c, as the history arrives as changes', async () => {
    const { screen, type, idle } = await page();
    type('echo one', '\r', 'echo two', '\r');
    await until(() => screen.text().includes('two\n') && idle());
    type('history -c', '\r', 'echo three', '\r');
    await until(() => screen.text().includes('three\n') && idle());
    type('\x1b[A');
    expect(screen.currentLine()).toBe(`${PROMPT} echo three`);
    type('\x1b[A');
    expect(screen.currentLine()).toBe(`${PROMPT} echo three`);
  });

  it('a y/N question from the simulator takes its answer on the same line; Enter alone says No', async () => {
    const { screen, type, idle } = await page();
    type('docker network create spare', '\r', 'docker network prune', '\r');
    await until(() => screen.currentLine().endsWith('[y/N]'));
    type('\r');
    await until(idle);
    type('docker network ls --format "{{.Name}}" | grep -c spare', '\r');
    await until(() => screen.text().endsWith(`1\n${PROMPT}`));
  });

  it('Ctrl+C stops an attached container and gives the prompt back', async () => {
    const { screen, type } = await page();
    type('docker run --name web nginx', '\r');
    await until(() => screen.text().includes('start worker processes'));
    expect(screen.currentLine()).not.toContain(PROMPT);
    type('\x03');
    await until(() => screen.currentLine() === PROMPT);
    type('docker ps -a --format "{{.Names}} {{.State}}"', '\r');
    await until(() => screen.text().includes('web exited'));
  });

  it('checks exercises after each command, and the status reaches the panel', async () => {
    const statuses: ExerciseStatus[] = [];
    const exercise = spec('run-web', [{ type: 'container', name: 'web', state: 'running' }]);
    const registration: Registration = registerExercise(exercise, (s) => statuses.push(s));
    cleanups.push(() => registration.unregister());
    const { type, screen } = await page();
    await until(() => statuses.length > 0);
    expect(statuses.at(-1)).toMatchObject({ complete: false, commands: 0 });
    type('docker run -d --name web nginx', '\r');
    await until(() => statuses.at(-1)?.complete === true);
    registration.act({ type: 'undo' });
    await until(() => screen.text().includes('(Undone: docker run -d --name web nginx)'));
    await until(() => statuses.at(-1)?.complete === false);
  });

  it('saves the lesson terminal to the page storage and restores it on the next visit', async () => {
    const store = memoryStore();
    const first = await page(store);
    first.type('docker run -d --name web nginx', '\r', 'cd /tmp', '\r');
    await until(() => store.getItem(`dockerlings:terminal:${LESSON}`)?.includes('/tmp') === true);
    first.host.dispose();
    await until(first.closed);
    const second = await page(store);
    await until(() => second.screen.text().includes('(Terminal restored from your last visit'));
    expect(second.screen.currentLine()).toBe('learner@dockerlings:/tmp$');
    second.type('docker ps --format "{{.Names}}"', '\r');
    await until(() => second.screen.text().endsWith('web\nlearner@dockerlings:/tmp$'));
  });

  it('passes failed commands on to the workshop reporter', async () => {
    const { type, reports, idle, screen } = await page();
    type('docker rm nope', '\r');
    await until(() => screen.text().includes('No such container') && idle());
    expect(reports).toEqual([{ type: 'command-failed', command: 'docker rm nope', exitCode: 1, lesson: LESSON }]);
  });

  it('says so in the terminal when the simulator has stopped', async () => {
    const { host, type, screen } = await page(memoryStore(), null);
    host.fail('the worker crashed');
    type('echo hi', '\r');
    await until(() => screen.text().includes('dockerlings: the simulator did not answer (the worker crashed)'));
  });
});
