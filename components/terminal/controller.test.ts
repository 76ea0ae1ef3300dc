import { describe, expect, it } from 'vitest';
import { FakeSession } from './fake-session.test-helper';
import { startController } from './screen.test-helper';

const PROMPT = 'learner@dockerlings:~$ ';

function setup(cols = 60) {
  return startController(new FakeSession(), cols);
}

describe('TerminalController', () => {
  it('shows a prompt, runs a typed command and prints its output', () => {
    const { screen, session, controller } = setup();
    expect(screen.text()).toBe(PROMPT.trimEnd());
    controller.handleData('echo hello');
    controller.handleData('\r');
    expect(session.runs).toEqual(['echo hello']);
    expect(screen.text()).toBe(`${PROMPT}echo hello\nhello\n${PROMPT.trimEnd()}`);
  });

  it('edits the line before running it', () => {
    const { session, controller } = setup();
    controller.handleData('echo wrld');
    controller.handleData('\x1b[D\x1b[D\x1b[D');
    controller.handleData('o');
    controller.handleData('\x01\x1b[3~e\x05!\r');
    expect(session.runs).toEqual(['echo world!']);
  });

  it('Ctrl+U and Ctrl+W clear what was typed', () => {
    const { screen, controller } = setup();
    controller.handleData('docker run nginx\x17');
    expect(screen.currentLine()).toBe(`${PROMPT}docker run`);
    controller.handleData('\x15');
    expect(screen.currentLine()).toBe(PROMPT.trimEnd());
  });

  it('recalls history with ↑ and ↓', () => {
    const { screen, session, controller } = setup();
    controller.handleData('echo one\r');
    controller.handleData('echo two\r');
    controller.handleData('\x1b[A\x1b[A');
    expect(screen.currentLine()).toBe(`${PROMPT}echo one`);
    controller.handleData('\x1b[B\r');
    expect(session.runs).toEqual(['echo one', 'echo two', 'echo two']);
  });

  it('runs every command of a multi-line paste in order', () => {
    const { screen, session, controller } = setup();
    controller.handleData('\x1b[200~echo a\recho b\r\x1b[201~');
    expect(session.runs).toEqual(['echo a', 'echo b']);
    expect(screen.text()).toBe([`${PROMPT}echo a`, 'a', `${PROMPT}echo b`, 'b', PROMPT.trimEnd()].join('\n'));
  });

  it('asks for more with "> " while the command is incomplete, then runs it whole', () => {
    const { screen, session, controller } = setup();
    controller.handleData('echo "one\r');
    expect(screen.currentLine()).toBe('>');
    controller.handleData('two"\r');
    expect(session.runs).toEqual(['echo "one\ntwo"']);
    expect(screen.text()).toContain(`${PROMPT}echo "one\n> two"\none two`);
  });

  it('Run types and runs the given commands, waiting for continuations', () => {
    const { session, controller } = setup();
    controller.runText('echo a \\\n  b\necho c\n');
    expect(session.runs).toEqual(['echo a \\\n  b', 'echo c']);
  });

  it('Ctrl+C abandons the line and a pending continuation', () => {
    const { screen, session, controller } = setup();
    controller.handleData('echo "half\r');
    controller.handleData('more\x03');
    expect(screen.text()).toBe(`${PROMPT}echo "half\n> more^C\n${PROMPT.trimEnd()}`);
    controller.handleData('echo ok\r');
    expect(session.runs).toEqual(['echo ok']);
  });

  it('ignores input while a process is attached until Ctrl+C', () => {
    const { screen, session, controller } = setup();
    controller.handleData('attach\r');
    controller.handleData('echo ignored\r');
    expect(session.runs).toEqual(['attach']);
    controller.handleData('\x03');
    expect(screen.text()).toBe(`${PROMPT}attach\nattached\n^C\nstopped\n${PROMPT.trimEnd()}`);
  });

  it('completes a unique candidate with a trailing space', () => {
    const { screen, controller } = setup();
    controller.handleData('ech\t');
    expect(screen.currentLine()).toBe(`${PROMPT}echo`);
    controller.handleData('x\r');
    expect(screen.text()).toContain('echo x');
  });

  it('extends to the common prefix, then lists candidates on the next Tab', () => {
    const { screen, controller } = setup();
    controller.handleData('do\t');
    expect(screen.currentLine()).toBe(`${PROMPT}docker`);
    controller.handleData('\t');
    expect(screen.text()).toBe(`${PROMPT}docker\ndocker   dockerd\n${PROMPT}docker`);
  });

  it('rings the bell on an ambiguous first Tab and lists on the second, like bash', () => {
    const { screen, controller } = setup();
    controller.handleData('echo i\t');
    expect(screen.bells).toBe(1);
    expect(screen.text()).toBe(`${PROMPT}echo i`);
    controller.handleData('\t');
    expect(screen.text()).toBe(`${PROMPT}echo i\nimages   info     inspect\n${PROMPT}echo i`);
    controller.handleData('nf\t');
    expect(screen.currentLine()).toBe(`${PROMPT}echo info`);
  });

  it('clears the screen on Ctrl+L and on a clearing command, keeping the current line', () => {
    const { screen, controller } = setup();
    controller.handleData('echo a\r');
    controller.handleData('echo b\x0c');
    expect(screen.text()).toBe(`${PROMPT}echo b`);
    controller.handleData('\x15clear\r');
    expect(screen.text()).toBe(PROMPT.trimEnd());
  });

  it('redraws a wrapped line in place while editing', () => {
    const { screen, controller } = setup(30);
    controller.handleData('echo 0123456789abcdef');
    controller.handleData('\x01\x1b[3~\x1b[3~\x1b[3~\x1b[3~\x1b[3~');
    expect(screen.text()).toBe(`${PROMPT}0123456\n789abcdef`);
  });

  it('writes a transcript of commands and output for the screen-reader log', () => {
    const { controller, transcript } = setup();
    controller.handleData('echo hi\r');
    controller.handleData('nope\r');
    expect(transcript).toEqual([
      { kind: 'command', text: `${PROMPT}echo hi` },
      { kind: 'output', text: 'hi' },
      { kind: 'command', text: `${PROMPT}nope` },
      { kind: 'output', text: 'bash: nope: command not found' },
    ]);
  });
});
