/**
 * A program asking a question in the terminal (`[y/N] `, `Password: `): the answer is typed after
 * the question, Enter alone answers too (the default), a password does not echo, Ctrl+C abandons it.
 */
import { describe, expect, it } from 'vitest';
import type { RunResult } from '@/lib/shell/types';
import { FakeSession } from './fake-session.test-helper';
import { startController } from './screen.test-helper';

const PROMPT = 'learner@dockerlings:~$ ';
const out = (text: string): RunResult => ({ stdout: text, stderr: '', exitCode: 0, output: text ? [{ fd: 1, text }] : [] });

/** `prune` asks y/N; `login` asks a user name, then a password. */
class AskingSession extends FakeSession {
  private waiting: { secret: boolean; then: (answer: string) => RunResult } | null = null;
  answers: string[] = [];
  /** Every line sent to run, answers included. */
  lines: string[] = [];

  override prompt(): string {
    return this.waiting ? '' : super.prompt();
  }

  asking(): { secret: boolean } | null {
    return this.waiting && { secret: this.waiting.secret };
  }

  override run(source: string): RunResult {
    this.lines.push(source);
    const waiting = this.waiting;
    if (waiting) {
      this.waiting = null;
      this.answers.push(source);
      return waiting.then(source);
    }
    if (source === 'prune') {
      this.waiting = { secret: false, then: (a) => out(a === 'y' ? 'Total reclaimed space: 1MB\n' : '') };
      return out('WARNING! This removes things.\nAre you sure you want to continue? [y/N] ');
    }
    if (source === 'login') {
      this.waiting = { secret: false, then: () => ((this.waiting = { secret: true, then: () => out('\nLogin Succeeded\n') }), out('Password: ')) };
      return out('Username: ');
    }
    return super.run(source);
  }

  override interrupt(): RunResult {
    const was = this.waiting;
    this.waiting = null;
    return was ? out('^C\n') : super.interrupt();
  }
}

function setup() {
  return startController(new AskingSession(), 80);
}

describe('TerminalController: a program asking a question', () => {
  it('shows the answer after the question and sends it to the program', () => {
    const { screen, session, controller } = setup();
    controller.handleData('prune\r');
    expect(screen.currentLine()).toBe('Are you sure you want to continue? [y/N]');
    controller.handleData('y');
    expect(screen.currentLine()).toBe('Are you sure you want to continue? [y/N] y');
    controller.handleData('\r');
    expect(session.answers).toEqual(['y']);
    expect(screen.text()).toBe(`${PROMPT}prune\nWARNING! This removes things.\nAre you sure you want to continue? [y/N] y\nTotal reclaimed space: 1MB\n${PROMPT.trimEnd()}`);
  });

  it('Enter alone answers (the default, No) and the prompt comes back; at the prompt it runs nothing', () => {
    const { screen, session, controller } = setup();
    controller.handleData('prune\r');
    controller.handleData('\r');
    expect(session.answers).toEqual(['']);
    expect(screen.currentLine()).toBe(PROMPT.trimEnd());
    controller.handleData('\r');
    expect(session.lines).toEqual(['prune', '']);
  });

  it('Ctrl+C abandons the question', () => {
    const { screen, session, controller } = setup();
    controller.handleData('prune\r');
    controller.handleData('n');
    controller.handleData('\x03');
    expect(session.answers).toEqual([]);
    expect(screen.currentLine()).toBe(PROMPT.trimEnd());
  });

  it('a password is not echoed nor logged, and still reaches the program', () => {
    const { screen, session, controller, transcript } = setup();
    controller.handleData('login\r');
    controller.handleData('ada\r');
    expect(screen.currentLine()).toBe('Password:');
    controller.handleData('s3cret');
    expect(screen.currentLine()).toBe('Password:');
    controller.handleData('\r');
    expect(session.answers).toEqual(['ada', 's3cret']);
    expect(screen.text()).toBe(`${PROMPT}login\nUsername: ada\nPassword:\nLogin Succeeded\n${PROMPT.trimEnd()}`);
    expect(JSON.stringify(transcript)).not.toContain('s3cret');
  });
});
