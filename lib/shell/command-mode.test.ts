import { describe, expect, it } from 'vitest';
import { hostSession } from './test-support';

describe('bash -c names the line of its text in errors (bash 5.2)', () => {
  it('command not found and builtin errors carry "line N"', () => {
    const s = hostSession();
    expect(s.run("bash -c 'xyz'")).toMatchObject({ stderr: 'bash: line 1: xyz: command not found\n', exitCode: 127 });
    expect(s.run("bash -c 'echo a\nxyz'")).toMatchObject({ stdout: 'a\n', stderr: 'bash: line 2: xyz: command not found\n' });
    expect(s.run("bash -c 'cd /nope'").stderr).toBe('bash: line 1: cd: /nope: No such file or directory\n');
  });

  it('the interactive shell keeps the plain prefix', () => {
    expect(hostSession().run('xyz').stderr).toBe('bash: xyz: command not found\n');
  });
});
