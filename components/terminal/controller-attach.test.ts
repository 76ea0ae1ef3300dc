import { describe, expect, it } from 'vitest';
import { createHostSession } from '@/lib/host';
import { FakeSession } from './fake-session.test-helper';
import { startController } from './screen.test-helper';
import { INITIAL_PROMPT } from './xterm-view';

function pending() {
  return startController(null, 60, INITIAL_PROMPT);
}

describe('TerminalController before its session is attached', () => {
  it('shows the prompt a fresh host shows', () => {
    expect(createHostSession().prompt()).toBe(INITIAL_PROMPT);
    const { screen } = pending();
    expect(screen.text()).toBe(INITIAL_PROMPT.trimEnd());
  });

  it('echoes typing and edits at once, and runs the line when the session attaches', () => {
    const { screen, controller } = pending();
    controller.handleData('echo wrld\x1b[D\x1b[D\x1b[Do');
    expect(screen.currentLine()).toBe(`${INITIAL_PROMPT}echo world`);
    controller.handleData('\r');
    expect(screen.currentLine()).toBe(`${INITIAL_PROMPT}echo world`);
    const session = new FakeSession();
    controller.attach(session);
    expect(session.runs).toEqual(['echo world']);
    expect(screen.text()).toBe(`${INITIAL_PROMPT}echo world\nworld\n${INITIAL_PROMPT.trimEnd()}`);
  });

  it('keeps the order of keys typed after Enter and of Run commands', () => {
    const { controller, transcript } = pending();
    controller.handleData('echo one\recho two\r');
    controller.runText('echo three');
    controller.handleData('echo four\r');
    const session = new FakeSession();
    controller.attach(session);
    expect(session.runs).toEqual(['echo one', 'echo two', 'echo three', 'echo four']);
    expect(transcript.filter((e) => e.kind === 'output').map((e) => e.text)).toEqual(['one', 'two', 'three', 'four']);
  });

  it('prints notices from the connect step, then keeps the typed line and runs it', () => {
    const { screen, controller } = pending();
    controller.handleData('echo later\r');
    const session = new FakeSession();
    controller.attach(session, () => controller.notice('(terminal restored)'));
    const lines = [`${INITIAL_PROMPT}echo later`, '(terminal restored)', `${INITIAL_PROMPT}echo later`, 'later', INITIAL_PROMPT.trimEnd()];
    expect(screen.text()).toBe(lines.join('\n'));
  });
});
