/** Background jobs whose commands take simulated time (`sleep 30 &`): Running until the clock gets there. */
import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, hostMachine, TEST_START } from '../test-support';

function world() {
  const machine = hostMachine();
  const s = new Session({ machine });
  /** Seconds since the session started. */
  const elapsed = () => (machine.clock.now() - TEST_START) / 1000;
  return { s, elapsed };
}

describe('a background job that takes simulated time', () => {
  it('runs until its time is over: jobs shows it Running, the clock does not move', () => {
    const { s, elapsed } = world();
    expect(s.run('sleep 30 &')).toMatchObject({ stdout: '', stderr: '[1] 1001\n', exitCode: 0 });
    expect(s.run('jobs')).toMatchObject({ stdout: '[1]+  Running                 sleep 30 &\n', stderr: '' });
    expect(elapsed()).toBe(0);
    expect(s.run('sleep 29').stderr).toBe('');
    expect(s.run('jobs -l').stdout).toBe('[1]+  1001 Running                 sleep 30 &\n');
  });

  it('is reported Done once, before the first prompt after the clock passed its end', () => {
    const { s } = world();
    s.run('sleep 5 &');
    expect(s.run('echo a')).toMatchObject({ stdout: 'a\n', stderr: '' });
    expect(s.run('sleep 6')).toMatchObject({ stderr: '[1]+  Done                    sleep 5\n' });
    expect(s.run('jobs; echo b')).toMatchObject({ stdout: 'b\n', stderr: '' });
  });

  it('wait $! lets its time pass and gives its status; no Done notice follows', () => {
    const { s, elapsed } = world();
    s.run('(sleep 30; exit 3) &');
    expect(s.run('wait $!; echo "status=$?"')).toMatchObject({ stdout: 'status=3\n', stderr: '' });
    expect(elapsed()).toBe(30);
    expect(s.run('true').stderr).toBe('');
    s.run('sleep 10 &');
    s.run('sleep 4');
    expect(s.run('wait %1; echo $?').stdout).toBe('0\n');
    expect(elapsed()).toBe(40);
  });

  it('wait with no id waits for the last one to end; wait -n for the first', () => {
    const { s, elapsed } = world();
    s.run('(sleep 20; exit 2) & (sleep 8; exit 5) &');
    expect(s.run('wait -n; echo $?').stdout).toBe('5\n');
    expect(elapsed()).toBe(8);
    expect(s.run('jobs').stdout).toBe('[1]+  Running                 ( sleep 20; exit 2 ) &\n');
    expect(s.run('wait; echo $?').stdout).toBe('0\n');
    expect(elapsed()).toBe(20);
  });

  it('prints what it writes after time passed in it when the clock gets there, in order', () => {
    const { s } = world();
    expect(s.run('(echo start; sleep 5; echo late) &')).toMatchObject({ stdout: 'start\n' });
    expect(s.run('echo now').stdout).toBe('now\n');
    expect(s.run('sleep 2; echo two; sleep 4; echo six')).toMatchObject({
      stdout: 'two\nlate\nsix\n',
      stderr: '[1]+  Done                    ( echo start; sleep 5; echo late )\n',
    });
  });

  it('fg brings it to the foreground: prints its command, lets its time pass, returns its status', () => {
    const { s, elapsed } = world();
    s.run('(sleep 12; exit 4) &');
    expect(s.run('fg')).toMatchObject({ stdout: '( sleep 12; exit 4 )\n', stderr: '', exitCode: 4 });
    expect(elapsed()).toBe(12);
    expect(s.run('fg')).toMatchObject({ stderr: 'bash: fg: current: no such job\n', exitCode: 1 });
    expect(s.run('bg %3')).toMatchObject({ stderr: 'bash: bg: %3: no such job\n', exitCode: 1 });
  });

  it('bg says it is already in the background; fg and bg of a finished job say it has terminated', () => {
    const { s } = world();
    s.run('sleep 9 &');
    expect(s.run('bg')).toMatchObject({ stderr: 'bash: bg: job 1 already in background\n', exitCode: 0 });
    expect(s.run('true & fg %2')).toMatchObject({ stderr: '[2] 1002\nbash: fg: job has terminated\n', exitCode: 1 });
    expect(s.run('bg %2')).toMatchObject({ stderr: 'bash: bg: job has terminated\n[2]+  Done                    true\n', exitCode: 1 });
  });

  it('ends when killed, and what it would have printed later is never printed', () => {
    const { s } = world();
    s.run('(sleep 5; echo never) &');
    expect(s.run('kill %1')).toMatchObject({ stderr: '[1]+  Terminated              ( sleep 5; echo never )\n' });
    expect(s.run('sleep 10; echo after')).toMatchObject({ stdout: 'after\n', stderr: '' });
  });

  it('is plain data in a snapshot', () => {
    const { s } = world();
    s.run('(sleep 5; echo late) &');
    const snap = s.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.jobs).toEqual([{ id: 1, pid: 1001, command: '( sleep 5; echo late )', state: 'running', status: 0, endsAt: TEST_START + 5000, later: [{ at: TEST_START + 5000, text: 'late\n' }] }]);
  });
});

describe('background children of a script (no job control)', () => {
  it('wait lets their time pass and gives the status; fg and bg have no job control', () => {
    const { s, elapsed } = world();
    expect(s.run(`bash -c '(sleep 7; exit 6) & wait $!; echo "st=$?"; sleep 3 & wait; echo $?'`).stdout).toBe('st=6\n0\n');
    expect(elapsed()).toBe(10);
    expect(s.run(`bash -c 'sleep 4 & wait %1; echo $?'`).stdout).toBe('0\n');
    expect(s.run('jobs').stdout).toBe('');
    expect(s.run(`bash -c 'fg; bg'`)).toMatchObject({ stderr: 'bash: line 1: fg: no job control\nbash: line 1: bg: no job control\n', exitCode: 1 });
  });

  it('a script run in the background takes its own time, not the foreground clock', () => {
    const { s, elapsed } = world();
    s.run(`bash -c 'sleep 3; sleep 4' &`);
    expect(elapsed()).toBe(0);
    expect(s.run('wait %1; echo $?').stdout).toBe('0\n');
    expect(elapsed()).toBe(7);
  });
});

describe('jobs in BusyBox ash (a container shell)', () => {
  it('no [1] pid announce, commands at column 34 without &, Done(n), lowest free job number', () => {
    const s = new Session({ machine: alpineMachine() });
    expect(s.run('sleep 30 &')).toMatchObject({ stdout: '', stderr: '' });
    expect(s.run('jobs').stdout).toBe('[1]+  Running                    sleep 30\n');
    expect(s.run('jobs -l').stdout).toBe('[1]+  1001 Running               sleep 30\n');
    s.run('false &');
    expect(s.run('echo x').stderr).toBe('[2]+  Done(1)                    false\n');
    expect(s.run('kill %1').stderr).toBe('[1]+  Terminated                 sleep 30\n');
    expect(s.run('sleep 5 & jobs').stdout).toBe('[1]+  Running                    sleep 5\n');
    expect(s.run('fg; fg')).toMatchObject({ stdout: 'sleep 5\n', stderr: 'sh: fg: No current job\n' });
  });
});
