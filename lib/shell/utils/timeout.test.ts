/** GNU timeout in simulated time: the command's own time, capped at DURATION (124 when it runs out). */
import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { hostMachine, TEST_START } from '../test-support';
import type { CommandFn } from '../types';

/** `serve`: prints, then holds the terminal until Ctrl+C (as docker logs -f). */
let stopped = 0;
const serve: CommandFn = (ctx) => {
  ctx.stdout('serving\n');
  ctx.shell.attach(() => {
    stopped++;
    return { output: '\n', exitCode: 130 };
  });
  return 0;
};

function world() {
  stopped = 0;
  const machine = hostMachine({ commands: { serve } });
  return { s: new Session({ machine }), seconds: () => (machine.clock.now() - TEST_START) / 1000 };
}

describe('timeout', () => {
  it('lets the command finish within the limit (its time passes, its status), else 124 after the limit', () => {
    const { s, seconds } = world();
    expect(s.run('timeout 5 sh -c "sleep 1; exit 3"; echo $?').stdout).toBe('3\n');
    expect(seconds()).toBe(1);
    expect(s.run('timeout 2 sh -c "echo a; sleep 3; echo b"; echo $?').stdout).toBe('a\n124\n');
    expect(seconds()).toBe(3);
    expect(s.run('timeout --preserve-status 1s sleep 3; echo $?').stdout).toBe('143\n');
    expect(s.run('timeout 0 sleep 2; echo $?').stdout).toBe('0\n');
    expect(seconds()).toBe(6);
  });

  it('stops a command that would hold the terminal after the limit', () => {
    const { s, seconds } = world();
    expect(s.run('timeout 3 serve; echo $?')).toMatchObject({ stdout: 'serving\n124\n' });
    expect(stopped).toBe(1);
    expect(seconds()).toBe(3);
    expect(s.prompt()).not.toBe('');
  });

  it('words usage errors and a missing command as GNU timeout does', () => {
    const { s } = world();
    expect(s.run('timeout')).toMatchObject({ stderr: "timeout: missing operand\nTry 'timeout --help' for more information.\n", exitCode: 125 });
    expect(s.run('timeout 5')).toMatchObject({ stderr: "timeout: missing operand after ‘5’\nTry 'timeout --help' for more information.\n", exitCode: 125 });
    expect(s.run('timeout x sleep 1')).toMatchObject({ stderr: "timeout: invalid time interval ‘x’\nTry 'timeout --help' for more information.\n", exitCode: 125 });
    expect(s.run('timeout 2 nosuch')).toMatchObject({ stderr: 'timeout: failed to run command ‘nosuch’: No such file or directory\n', exitCode: 127 });
  });
});
