import { describe, expect, it } from 'vitest';
import { runScript, splitCommands } from './runner';
import { hostSession } from './test-support';

describe('splitCommands', () => {
  it('joins continuation lines the way a terminal does', () => {
    const s = hostSession();
    const lines = ['echo one', 'cat <<EOF', 'body', '', 'EOF', 'echo "a', 'b"', 'ls |', 'wc -l', '', 'if true; then', 'echo in', 'fi'];
    expect(splitCommands(lines, s)).toEqual(['echo one', 'cat <<EOF\nbody\n\nEOF', 'echo "a\nb"', 'ls |\nwc -l', 'if true; then\necho in\nfi']);
  });

  it('keeps an unfinished command at the end so it still runs', () => {
    expect(splitCommands(['echo "open'], hostSession())).toEqual(['echo "open']);
  });
});

describe('runScript', () => {
  it('runs one session and returns a result per command', () => {
    const results = runScript('X=1\necho $X\ncd /tmp\npwd\nfoo\n', () => hostSession());
    expect(results).toEqual([
      { input: 'X=1', stdout: '', stderr: '', exitCode: 0 },
      { input: 'echo $X', stdout: '1\n', stderr: '', exitCode: 0 },
      { input: 'cd /tmp', stdout: '', stderr: '', exitCode: 0 },
      { input: 'pwd', stdout: '/tmp\n', stderr: '', exitCode: 0 },
      { input: 'foo', stdout: '', stderr: 'bash: foo: command not found\n', exitCode: 127 },
    ]);
  });

  it('with fresh, every command starts from a new session', () => {
    const results = runScript('X=1\necho "[$X]"\ncd /tmp\npwd', () => hostSession(), { fresh: true });
    expect(results.map(r => r.stdout)).toEqual(['', '[]\n', '', '/home/learner\n']);
  });

  it('skips blank lines and handles CRLF input', () => {
    expect(runScript('\r\necho a\r\n\r\necho b\r\n', () => hostSession()).map(r => r.input)).toEqual(['echo a', 'echo b']);
  });

  it('sends Ctrl+C for a ^C line, dropping a half-typed command', () => {
    const results = runScript('echo "open\n^C\necho after\n\x03\n', () => hostSession());
    expect(results).toEqual([
      { input: '^C', stdout: '^C\n', stderr: '', exitCode: 130 },
      { input: 'echo after', stdout: 'after\n', stderr: '', exitCode: 0 },
      { input: '^C', stdout: '^C\n', stderr: '', exitCode: 130 },
    ]);
  });
});
