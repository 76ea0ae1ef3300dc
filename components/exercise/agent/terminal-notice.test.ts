/** The terminal side of exercise resets and undo: the note and a fresh prompt (controller.notice). */
import { describe, expect, it } from 'vitest';
import { TerminalController, type TranscriptEntry } from '@/components/terminal/controller';
import { FakeSession } from '@/components/terminal/fake-session.test-helper';
import { TestScreen } from '@/components/terminal/screen.test-helper';

const PROMPT = 'learner@dockerlings:~$';

describe('a notice in the terminal', () => {
  it('replaces an empty prompt line with the note, then prompts again', () => {
    const screen = new TestScreen(60);
    const transcript: TranscriptEntry[] = [];
    const controller = new TerminalController(screen, new FakeSession(), { onTranscript: (e) => transcript.push(e) });
    controller.start();
    controller.notice('(Undone: docker run nginx)');
    expect(screen.text()).toBe(`(Undone: docker run nginx)\n${PROMPT}`);
    expect(transcript).toEqual([{ kind: 'output', text: '(Undone: docker run nginx)' }]);
  });

  it('drops a half-typed line, which stays visible above the note', () => {
    const screen = new TestScreen(60);
    const session = new FakeSession();
    const controller = new TerminalController(screen, session, {});
    controller.start();
    controller.handleData('docker ps');
    controller.notice('(Exercise reset)');
    controller.handleData('\r');
    expect(session.runs).toEqual([]);
    expect(screen.text()).toBe(`${PROMPT} docker ps\n(Exercise reset)\n${PROMPT}\n${PROMPT}`);
  });
});
