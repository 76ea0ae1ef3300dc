/** A program asking the learner a question (ShellControl.ask): what the terminal sees through ShellSession. */
import { describe, expect, it } from 'vitest';
import { Session } from './session';
import { hostMachine } from './test-support';
import type { CommandFn } from './types';

/** `login` asks a user name, then a password (secret), like `docker login` on a terminal. */
const login: CommandFn = (ctx) => {
  ctx.stdout('Username: ');
  ctx.shell.ask?.((user) => {
    ctx.shell.ask?.((password) => ({ stdout: `\n${user}:${password.length}\n`, stderr: '', exitCode: 0 }), { secret: true });
    return { stdout: 'Password: ', stderr: '', exitCode: 0 };
  });
  return 0;
};

describe('Session.asking', () => {
  it('reports the question until it is answered, with secret for a password', () => {
    const s = new Session({ machine: hostMachine({ commands: { login } }) });
    expect(s.asking()).toBeNull();
    expect(s.run('login').stdout).toBe('Username: ');
    expect(s.asking()).toEqual({ secret: false });
    expect(s.prompt()).toBe('');
    expect(s.run('ada').stdout).toBe('Password: ');
    expect(s.asking()).toEqual({ secret: true });
    expect(s.run('s3cret').stdout).toBe('\nada:6\n');
    expect(s.asking()).toBeNull();
    expect(s.prompt()).not.toBe('');
    expect(s.history()).toEqual(['login']);
  });

  it('an empty line is an answer; Ctrl+C drops the question', () => {
    const s = new Session({ machine: hostMachine({ commands: { login } }) });
    s.run('login');
    expect(s.run('').stdout).toBe('Password: ');
    s.interrupt();
    expect(s.asking()).toBeNull();
    expect(s.run('echo back').stdout).toBe('back\n');
  });
});
