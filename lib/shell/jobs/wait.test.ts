/** bash's `wait` over the session's background jobs. */
import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { hostMachine } from '../test-support';
import type { CommandFn } from '../types';

/** `serve` keeps running in the background (it holds the terminal when in the foreground). */
let ends: Array<(status: number) => void> = [];
const serve: CommandFn = (ctx) => {
  ctx.stdout('Serving\n');
  ctx.shell.attach(() => ({ output: '\n', exitCode: 130 }));
  const exited = ctx.shell.exited?.bind(ctx.shell);
  if (exited) ends.push(exited);
  return 0;
};
/** `crash` makes every kept `serve` end by itself with status 1 (as port-forward losing its pod). */
const crash: CommandFn = () => {
  for (const end of ends.splice(0)) end(1);
  return 0;
};
const session = () => {
  ends = [];
  return new Session({ machine: hostMachine({ commands: { serve, crash } }) });
};

describe('wait', () => {
  it('returns the status of the job or pid waited for, which is then forgotten without a Done notice', () => {
    const s = session();
    s.run('(exit 3) &');
    expect(s.run('wait %1; echo "status=$?"')).toMatchObject({ stdout: 'status=3\n', stderr: '' });
    expect(s.run('jobs').stdout).toBe('');
    expect(s.run('false & wait $!; echo $?')).toMatchObject({ stdout: '1\n', stderr: '[1] 1002\n' });
    expect(s.run('true').stderr).toBe('');
  });

  it('with no id waits for every job, returns 0 and leaves no notices', () => {
    const s = session();
    s.run('true & false &');
    expect(s.run('wait; echo $?').stdout).toBe('0\n');
    expect(s.run('jobs; echo end')).toMatchObject({ stdout: 'end\n', stderr: '' });
  });

  it('without wait, a finished job is still reported Done before a later prompt', () => {
    const s = session();
    s.run('false &');
    expect(s.run('echo hi').stderr).toBe('[1]+  Exit 1                  false\n');
  });

  it('holds the terminal while a job keeps running; Ctrl+C ends the wait (130), not the job', () => {
    const s = session();
    s.run('serve 8080 &');
    expect(s.run('wait %1')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(s.prompt()).toBe('');
    expect(s.interrupt().exitCode).toBe(130);
    expect(s.run('echo $?; jobs').stdout).toBe('130\n[1]+  Running                 serve 8080 &\n');
  });

  it('-n takes a job that has ended; with none it returns 127', () => {
    const s = session();
    expect(s.run('wait -n; echo $?').stdout).toBe('127\n');
    s.run('(exit 4) &');
    expect(s.run('wait -n; echo $?').stdout).toBe('4\n');
  });

  it('words unknown ids and options as bash does', () => {
    const s = session();
    expect(s.run('wait %7')).toMatchObject({ stderr: 'bash: wait: %7: no such job\n', exitCode: 127 });
    expect(s.run('wait 4242')).toMatchObject({ stderr: 'bash: wait: pid 4242 is not a child of this shell\n', exitCode: 127 });
    expect(s.run('wait abc')).toMatchObject({ stderr: "bash: wait: `abc': not a pid or valid job spec\n", exitCode: 1 });
    expect(s.run('wait -x')).toMatchObject({ stderr: 'bash: wait: -x: invalid option\nwait: usage: wait [-fn] [-p var] [id ...]\n', exitCode: 2 });
  });
});

describe('a background job that ends by itself', () => {
  it('is reported Exit n before the next prompt, then gone; wait has nothing left to wait for', () => {
    const s = session();
    s.run('serve 8080 &');
    expect(s.run('crash')).toMatchObject({ stderr: '[1]+  Exit 1                  serve 8080\n', exitCode: 0 });
    expect(s.run('jobs; wait; echo $?')).toMatchObject({ stdout: '0\n', stderr: '' });
    expect(s.prompt()).not.toBe('');
  });
});
