import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, hostMachine } from '../test-support';

const asUser = (m: ReturnType<typeof hostMachine>, uid: number, gid: number) => new Session({ machine: { ...m, user: { name: String(uid), uid, gid, home: '/' } } });

describe('id for ids without passwd/group entries', () => {
  it('BusyBox prints bare numbers where no name exists (docker run --user 10001:10001 alpine id)', () => {
    const s = asUser(alpineMachine(), 10001, 10001);
    expect(s.run('id')).toMatchObject({ stdout: 'uid=10001 gid=10001 groups=10001\n', exitCode: 0 });
    expect(s.run('id -u; id -g')).toMatchObject({ stdout: '10001\n10001\n', exitCode: 0 });
    expect(s.run('id -un')).toMatchObject({ stdout: '10001\n', stderr: 'id: unknown ID 10001\n', exitCode: 1 });
  });

  it('names only the half that has an entry (uid known, gid unknown)', () => {
    const s = asUser(alpineMachine(), 65534, 4242);
    expect(s.run('id').stdout).toBe('uid=65534(nobody) gid=4242 groups=4242\n');
  });

  it('GNU coreutils follows the same rule and words -n failures its own way', () => {
    const s = asUser(hostMachine(), 10001, 10001);
    expect(s.run('id')).toMatchObject({ stdout: 'uid=10001 gid=10001 groups=10001\n', exitCode: 0 });
    expect(s.run('id -gn')).toMatchObject({ stdout: '10001\n', stderr: 'id: cannot find name for group ID 10001\n', exitCode: 1 });
    expect(s.run('id -un')).toMatchObject({ stderr: 'id: cannot find name for user ID 10001\n', exitCode: 1 });
  });
});
