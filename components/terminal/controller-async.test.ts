/**
 * The terminal driving a session that answers later (the simulator in a Web Worker): what is typed
 * while a command runs waits and then runs in order, Ctrl+C drops that type-ahead, output and the
 * prompt come in the right order.
 */
import { describe, expect, it } from 'vitest';
import type { Completion, RunResult } from '@/lib/shell/types';
import { FakeSession } from './fake-session.test-helper';
import { startController } from './screen.test-helper';
import type { TerminalSession } from './terminal-session';

const PROMPT = 'learner@dockerlings:~$ ';

/** FakeSession's answers, each given only when the test calls `answer()` (oldest call first). */
class LateSession implements TerminalSession {
  readonly fake = new FakeSession();
  private calls: Array<() => void> = [];

  prompt = () => this.fake.prompt();
  history = () => this.fake.history();
  needsMore = (source: string) => this.later(() => this.fake.needsMore(source));
  run = (source: string) => this.later<RunResult>(() => this.fake.run(source));
  complete = (line: string, cursor: number) => this.later<Completion>(() => this.fake.complete(line, cursor));
  interrupt = () => this.later<RunResult>(() => this.fake.interrupt());

  /** Answer every call, including the ones the answers lead to, and let the controller go on. */
  async answerAll(): Promise<void> {
    while (this.calls.length > 0) {
      this.calls.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  private later<T>(work: () => T): Promise<T> {
    return new Promise((resolve) => this.calls.push(() => resolve(work())));
  }
}

function setup() {
  return startController(new LateSession(), 60);
}

describe('TerminalController with a session that answers later', () => {
  it('prints the output when it arrives, then the prompt', async () => {
    const { screen, session, controller } = setup();
    controller.handleData('echo hello\r');
    expect(screen.text()).toBe(`${PROMPT}echo hello`);
    await session.answerAll();
    expect(session.fake.runs).toEqual(['echo hello']);
    expect(screen.text()).toBe(`${PROMPT}echo hello\nhello\n${PROMPT.trimEnd()}`);
  });

  it('holds what is typed while a command runs, then types and runs it after the output', async () => {
    const { screen, session, controller } = setup();
    controller.handleData('echo one\r');
    controller.handleData('echo two\r');
    controller.handleData('echo thr');
    expect(screen.text()).toBe(`${PROMPT}echo one`);
    expect(session.fake.runs).toEqual([]);
    await session.answerAll();
    expect(session.fake.runs).toEqual(['echo one', 'echo two']);
    expect(screen.text()).toBe([`${PROMPT}echo one`, 'one', `${PROMPT}echo two`, 'two', `${PROMPT}echo thr`].join('\n'));
  });

  it('runs a multi-line Run one command after another, keys typed meanwhile after all of them', async () => {
    const { screen, session, controller, transcript } = setup();
    controller.runText('echo a\necho b\necho c');
    controller.handleData('echo d\r');
    await session.answerAll();
    expect(session.fake.runs).toEqual(['echo a', 'echo b', 'echo c', 'echo d']);
    expect(transcript.filter((e) => e.kind === 'output').map((e) => e.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(screen.currentLine()).toBe(PROMPT.trimEnd());
  });

  it('continues an incomplete command with "> " once the shell says it needs more', async () => {
    const { screen, session, controller } = setup();
    controller.handleData('echo "one\r');
    await session.answerAll();
    expect(screen.currentLine()).toBe('>');
    controller.handleData('two"\r');
    await session.answerAll();
    expect(session.fake.runs).toEqual(['echo "one\ntwo"']);
    expect(screen.text()).toContain(`${PROMPT}echo "one\n> two"\none two`);
  });

  it('Ctrl+C while a command runs drops the type-ahead and interrupts once the command is back', async () => {
    const { screen, session, controller } = setup();
    controller.handleData('attach\r');
    for (const key of ['echo lost', '\r', '\x03']) controller.handleData(key);
    await session.answerAll();
    expect(session.fake.runs).toEqual(['attach']);
    expect(screen.text()).toBe(`${PROMPT}attach\nattached\n^C\nstopped\n${PROMPT.trimEnd()}`);
    controller.handleData('echo back\r');
    await session.answerAll();
    expect(session.fake.runs).toEqual(['attach', 'echo back']);
  });

  it('completes with Tab when the candidates arrive, and keys typed meanwhile follow', async () => {
    const { screen, session, controller } = setup();
    controller.handleData('ech\t');
    controller.handleData('hi');
    expect(screen.currentLine()).toBe(`${PROMPT}ech`);
    await session.answerAll();
    expect(screen.currentLine()).toBe(`${PROMPT}echo hi`);
  });

  it('a notice while a command runs is printed at once, the output and prompt follow', async () => {
    const { screen, session, controller } = setup();
    controller.handleData('echo after\r');
    controller.notice('(Exercise reset)');
    expect(screen.text()).toBe(`${PROMPT}echo after\n(Exercise reset)`);
    await session.answerAll();
    expect(screen.text()).toBe(`${PROMPT}echo after\n(Exercise reset)\nafter\n${PROMPT.trimEnd()}`);
  });

  it('says so, and gives the prompt back, when the simulator fails to answer', async () => {
    const { screen, session, controller } = setup();
    session.run = () => Promise.reject(new Error('worker stopped'));
    controller.handleData('echo x\r');
    await session.answerAll();
    expect(screen.text()).toBe(`${PROMPT}echo x\ndockerlings: the simulator did not answer (worker stopped)\n${PROMPT.trimEnd()}`);
  });
});
