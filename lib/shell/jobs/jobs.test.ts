import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { hostMachine, hostSession } from '../test-support';
import type { CommandFn } from '../types';

/** A fake long-running tool: holds the terminal, prints through print() on `poke`, counts stops. */
function serverWorld() {
  const stops: string[] = [];
  let print: ((text: string) => void) | undefined;
  const serve: CommandFn = (ctx) => {
    ctx.stdout('Serving\n');
    print = ctx.shell.print?.bind(ctx.shell);
    ctx.shell.attach(() => {
      stops.push(ctx.argv.join(' '));
      print = undefined;
      return { output: '\n', exitCode: 130 };
    });
    return 0;
  };
  const poke: CommandFn = (ctx) => {
    print?.('Handling connection\n');
    ctx.stdout('poked\n');
    return 0;
  };
  return { stops, session: new Session({ machine: hostMachine({ commands: { serve, poke } }) }) };
}

describe('background jobs that keep running', () => {
  it('are listed as Running until killed, then reported Terminated', () => {
    const { stops, session: s } = serverWorld();
    expect(s.run('serve 8080 &')).toMatchObject({ stdout: 'Serving\n', stderr: '[1] 1001\n' });
    expect(s.run('jobs').stdout).toBe('[1]+  Running                 serve 8080 &\n');
    expect(s.run('echo $!').stdout).toBe('1001\n');
    expect(s.run('kill %1')).toMatchObject({ stdout: '', stderr: '[1]+  Terminated              serve 8080\n', exitCode: 0 });
    expect(stops).toEqual(['serve 8080']);
    expect(s.run('jobs').stdout).toBe('');
    expect(s.run('kill %1')).toMatchObject({ stderr: 'bash: kill: %1: no such job\n', exitCode: 1 });
  });

  it('kill by pid, -9 reports Killed; unknown pids and bad signals are errors', () => {
    const { stops, session: s } = serverWorld();
    s.run('serve a &');
    s.run('serve b &');
    expect(s.run('jobs -l').stdout).toBe('[1]-  1001 Running                 serve a &\n[2]+  1002 Running                 serve b &\n');
    expect(s.run('kill -9 1001').stderr).toBe('[1]-  Killed                  serve a\n');
    expect(s.run('kill 4242')).toMatchObject({ stderr: 'bash: kill: (4242) - No such process\n', exitCode: 1 });
    expect(s.run('kill -BOGUS %2')).toMatchObject({ stderr: 'bash: kill: BOGUS: invalid signal specification\n', exitCode: 1 });
    expect(s.run('kill -s TERM %serve')).toMatchObject({ stderr: '[2]+  Terminated              serve b\n' });
    expect(stops).toEqual(['serve a', 'serve b']);
  });

  it('print the late output of a running job into the input that is running', () => {
    const { session: s } = serverWorld();
    s.run('serve &');
    expect(s.run('poke').stdout).toBe('Handling connection\npoked\n');
    s.run('kill %1');
    expect(s.run('poke').stdout).toBe('poked\n');
  });

  it('fg brings one to the foreground: the terminal is held until Ctrl+C ends it, with no notice', () => {
    const { stops, session: s } = serverWorld();
    s.run('serve 8080 &');
    expect(s.run('fg %1')).toMatchObject({ stdout: 'serve 8080\n', stderr: '', exitCode: 0 });
    expect(s.prompt()).toBe('');
    expect(s.interrupt()).toMatchObject({ stdout: '^C\n', exitCode: 130 });
    expect(stops).toEqual(['serve 8080']);
    expect(s.run('jobs; echo $?')).toMatchObject({ stdout: '0\n', stderr: '' });
  });

  it('end when a snapshot is restored', () => {
    const { stops, session: s } = serverWorld();
    const snap = s.snapshot();
    s.run('serve &');
    s.restore(snap);
    expect(stops).toEqual(['serve']);
    expect(s.run('jobs').stdout).toBe('');
    expect(JSON.parse(JSON.stringify(s.snapshot()))).toEqual(s.snapshot());
  });
});

describe('background jobs that finish at once', () => {
  it('are reported Done (or Exit n) before the prompt after the next input', () => {
    const s = hostSession();
    expect(s.run('echo hi &')).toMatchObject({ stdout: 'hi\n', stderr: '[1] 1001\n' });
    expect(s.run('false &').stderr).toBe('[2] 1002\n[1]-  Done                    echo hi\n');
    expect(s.run('echo next')).toMatchObject({ stdout: 'next\n', stderr: '[2]+  Exit 1                  false\n' });
    expect(s.run('echo again').stderr).toBe('');
    expect(s.run('true & ').stderr).toBe('[1] 1003\n');
  });

  it('jobs reports a finished job once, then forgets it', () => {
    const s = hostSession();
    s.run("echo 'a b' | cat >/dev/null &");
    expect(s.run('jobs').stdout).toBe("[1]+  Done                    echo 'a b' | cat > /dev/null\n");
    expect(s.run('jobs').stdout).toBe('');
  });

  it('shows a subshell or a group as bash prints it back, not the node kind', () => {
    const s = hostSession();
    s.run('(exit 3) &');
    expect(s.run('jobs').stdout).toBe('[1]+  Exit 3                  ( exit 3 )\n');
    s.run('{ true; false; } 2>/dev/null &');
    expect(s.run('jobs').stdout).toBe('[1]+  Exit 1                  { true; false; } 2> /dev/null\n');
    s.run('(true; sleep 1 & true) &');
    expect(s.run('jobs').stdout).toBe('[1]+  Done                    ( true; sleep 1 & true )\n');
  });
});
