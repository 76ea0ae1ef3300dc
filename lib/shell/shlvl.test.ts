/** SHLVL: bash and BusyBox ash count themselves as they start; dash (`sh` on a bash machine) does not. */
import { describe, expect, it } from 'vitest';
import { Session } from './session';
import { alpineMachine, hostMachine } from './test-support';
import type { CommandFn } from './types';

/** `box`: an interactive alpine shell with the container's own environment (as docker exec -it does). */
const box: CommandFn = (ctx) => {
  const m = alpineMachine();
  ctx.shell.enter(m, undefined, { env: { ...m.env } });
  return 0;
};

function login() {
  const m = hostMachine({ commands: { box } });
  return new Session({ machine: { ...m, env: { ...m.env, SHLVL: '1' } } });
}

describe('SHLVL', () => {
  it('is 1 in the login shell, one more in bash -c and in a nested bash, back after exit', () => {
    const s = login();
    expect(s.run('echo $SHLVL').stdout).toBe('1\n');
    expect(s.run(`bash -c 'echo $SHLVL'`).stdout).toBe('2\n');
    s.run('bash');
    expect(s.run('echo $SHLVL; bash -c "echo \\$SHLVL"').stdout).toBe('2\n3\n');
    s.run('exit');
    expect(s.run('echo $SHLVL').stdout).toBe('1\n');
  });

  it('a script run by bash sees one more; sh on the host (dash) leaves it as inherited', () => {
    const s = login();
    s.run(`printf 'echo "level $SHLVL"\\n' > lvl.sh`);
    expect(s.run('bash lvl.sh').stdout).toBe('level 2\n');
    expect(s.run(`sh -c 'echo $SHLVL'`).stdout).toBe('1\n');
  });

  it('is exported, restarts from 0 when not a number', () => {
    const s = login();
    expect(s.run(`bash -c 'env | grep ^SHLVL='`).stdout).toBe('SHLVL=2\n');
    expect(s.run(`SHLVL=abc bash -c 'echo $SHLVL'`).stdout).toBe('1\n');
  });

  it('a container shell without SHLVL starts at 1; ash counts too', () => {
    const s = login();
    s.run('box');
    expect(s.prompt()).toBe('/ # ');
    expect(s.run('echo $SHLVL').stdout).toBe('1\n');
    expect(s.run(`sh -c 'echo $SHLVL'`).stdout).toBe('2\n');
  });
});
