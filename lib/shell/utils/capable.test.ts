import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, hostSession } from '../test-support';

/** /proc/self/status as a container's init layer writes it, with the given bounding set. */
const status = (capBnd: string) => ({ '/proc/self/status': `Name:\tsh\nCapEff:\t${capBnd}\nCapBnd:\t${capBnd}\n` });
function container(capBnd: string): Session {
  const machine = alpineMachine();
  machine.fs.mkdir('/proc/self', { recursive: true });
  for (const [path, text] of Object.entries(status(capBnd))) machine.fs.writeFile(path, text);
  return new Session({ machine });
}

describe('capability checks (capable)', () => {
  it("root with Docker's default set may chown; without CAP_CHOWN BusyBox chown gets EPERM, exit 1", () => {
    expect(container('00000000a80425fb').run('chown nobody /tmp && stat -c %U /tmp')).toMatchObject({ stdout: 'nobody\n', exitCode: 0 });
    const r = container('00000000a80425fa').run('chown nobody /tmp');
    expect(r).toMatchObject({ stdout: '', stderr: 'chown: /tmp: Operation not permitted\n', exitCode: 1 });
    expect(container('00000000a80425fa').run('chown root /tmp').exitCode).toBe(0);
  });

  it('date -s without CAP_SYS_TIME: BusyBox warns and still prints the date (exit 0)', () => {
    const r = container('00000000a80425fb').run('date -s 2020-01-01');
    expect(r).toMatchObject({ stdout: 'Wed Jan  1 00:00:00 UTC 2020\n', stderr: "date: can't set date: Operation not permitted\n", exitCode: 0 });
    expect(container('00000000aa0425fb').run('date -s 2020-01-01')).toMatchObject({ stderr: '', exitCode: 0 });
  });

  it('on the host a non-root user cannot set the date (GNU wording, exit 1)', () => {
    const r = hostSession().run('date -s 2020-01-01');
    expect(r).toMatchObject({ stdout: 'Wed Jan  1 00:00:00 UTC 2020\n', stderr: 'date: cannot set date: Operation not permitted\n', exitCode: 1 });
  });
});
