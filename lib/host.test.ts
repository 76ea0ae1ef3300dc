import { describe, expect, it } from 'vitest';
import { createHostSession } from './host';
import type { CommandFn } from './shell/types';

describe('createHostSession', () => {
  it('starts in the learner home with the Ubuntu-style prompt', () => {
    const s = createHostSession();
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
    expect(s.run('pwd').stdout).toBe('/home/learner\n');
    s.run('cd /etc');
    expect(s.prompt()).toBe('learner@dockerlings:/etc$ ');
  });

  it('runs the first builtins with bash wording', () => {
    const s = createHostSession({ files: { 'notes.txt': 'hello\n' } });
    expect(s.run('echo hi there')).toMatchObject({ stdout: 'hi there\n', exitCode: 0 });
    expect(s.run('cat notes.txt').stdout).toBe('hello\n');
    expect(s.run('ls').stdout).toBe('notes.txt\n');
    expect(s.run('cd nope')).toMatchObject({ stderr: 'bash: cd: nope: No such file or directory\n', exitCode: 1 });
    expect(s.run('cat nope')).toMatchObject({ stderr: 'cat: nope: No such file or directory\n', exitCode: 1 });
    expect(s.run('clear').clear).toBe(true);
    expect(s.run('help').stdout).toMatch(/cd.*echo/s);
    expect(s.run('history 2').stdout).toBe('    7  help\n    8  history 2\n');
  });

  it('interleaves stdout and stderr in output order', () => {
    const s = createHostSession();
    const r = s.run('echo one; cat missing; echo two');
    expect(r.output).toEqual([
      { fd: 1, text: 'one\n' },
      { fd: 2, text: 'cat: missing: No such file or directory\n' },
      { fd: 1, text: 'two\n' },
    ]);
  });

  it('registers extra tools with one entry each, visible on PATH', () => {
    const hello: CommandFn = ctx => {
      ctx.stdout(`hello from ${ctx.argv.slice(1).join(' ')}\n`);
      return 0;
    };
    const s = createHostSession({ commands: { hello } });
    expect(s.run('hello world').stdout).toBe('hello from world\n');
    expect(s.run('type hello').stdout).toBe('hello is /usr/bin/hello\n');
  });

  it('snapshots and restores files, clock, variables, cwd and history as plain data', () => {
    const s = createHostSession();
    s.run('cd /tmp && echo v1 > f && X=1');
    const snap = JSON.parse(JSON.stringify(s.snapshot()));
    s.run('echo v2 > f; cd /; X=2; sleep 60');
    s.restore(snap);
    expect(s.run('cat f; echo $X; pwd').stdout).toBe('v1\n1\n/tmp\n');
    // The snapshot was taken at 09:00:02 (after one command); one more command ran since the restore.
    expect(s.run('date +%T').stdout).toBe('09:00:04\n');
    expect(s.history()[0]).toBe('cd /tmp && echo v1 > f && X=1');
  });

  it('moves the clock 2 s per submitted command, so statuses age as in a real session', () => {
    const s = createHostSession();
    expect(s.run('date +%T').stdout).toBe('09:00:00\n');
    expect(s.run('date +%T').stdout).toBe('09:00:02\n');
    expect(s.run('sleep 10; date +%T').stdout).toBe('09:00:14\n');
    s.run('docker run -d --name w nginx');
    expect(s.run("docker ps --format '{{.Status}}'").stdout).toBe('Up 2 seconds\n');
    expect(s.run("docker ps --format '{{.Status}}'").stdout).toBe('Up 4 seconds\n');
    const frozen = createHostSession({ stepMs: 0 });
    frozen.run('true');
    expect(frozen.run('date +%T').stdout).toBe('09:00:00\n');
  });

  it('tells the terminal when a command waits for an answer, until the next line gives it', () => {
    const s = createHostSession();
    expect(s.asking?.()).toBeNull();
    expect(s.run('docker network prune').stdout).toMatch(/Are you sure you want to continue\? \[y\/N\] $/);
    expect(s.asking?.()).toEqual({ secret: false });
    expect(s.run('').exitCode).toBe(0);
    expect(s.asking?.()).toBeNull();
  });
});
