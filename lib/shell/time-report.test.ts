/** `time`: the bash keyword over any pipeline (compound commands too), in simulated time. */
import { describe, expect, it } from 'vitest';
import { Session } from './session';
import { alpineMachine, hostMachine } from './test-support';

const bash = (s: number) => `\nreal\t0m${s.toFixed(3)}s\nuser\t0m0.000s\nsys\t0m0.000s\n`;

describe('time', () => {
  it('times a command, a subshell, a group and a pipeline on the shell stderr', () => {
    const s = new Session({ machine: hostMachine() });
    expect(s.run('time sleep 2')).toMatchObject({ stdout: '', stderr: bash(2), exitCode: 0 });
    expect(s.run('time (sleep 1; sleep 2)').stderr).toBe(bash(3));
    expect(s.run('time { sleep 1; false; }')).toMatchObject({ stderr: bash(1), exitCode: 1 });
    expect(s.run('time echo hi | cat')).toMatchObject({ stdout: 'hi\n', stderr: bash(0) });
    expect(s.run('time sleep 1 2>/dev/null').stderr).toBe(bash(1));
    expect(s.run('time (sleep 3 & wait)').stderr).toBe(bash(3));
  });

  it('-p is POSIX; alone it reports nothing; ! combines either way', () => {
    const s = new Session({ machine: hostMachine() });
    expect(s.run('time -p sleep 1').stderr).toBe('real 1.00\nuser 0.00\nsys 0.00\n');
    expect(s.run('time').stderr).toBe(bash(0));
    expect(s.run('time ! false; echo $?').stdout).toBe('0\n');
    expect(s.run('! time true; echo $?').stdout).toBe('1\n');
    expect(s.run('x=$( { time sleep 1; } 2>&1 ); echo "[$x]"').stdout).toBe(`[${bash(1).replace(/\n$/, '')}]\n`);
  });

  it("is BusyBox's applet format in ash", () => {
    const s = new Session({ machine: alpineMachine() });
    expect(s.run('time sleep 1').stderr).toBe('real\t0m 1.00s\nuser\t0m 0.00s\nsys\t0m 0.00s\n');
  });
});
