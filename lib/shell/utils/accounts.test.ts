import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine } from '../test-support';

describe('accounts as Dockerfiles create them', () => {
  it('BusyBox addgroup/adduser write /etc/group and /etc/passwd and create the home', () => {
    const s = new Session({ machine: alpineMachine({}) });
    s.run('mkdir -p /usr/sbin; for t in addgroup adduser; do touch /usr/sbin/$t; chmod +x /usr/sbin/$t; done');
    expect(s.run('addgroup -S -g 10001 app && adduser -S -u 10001 -G app app && id app')).toMatchObject({ stdout: 'uid=10001(app) gid=10001(app) groups=10001(app)\n', exitCode: 0 });
    expect(s.run('grep ^app: /etc/group').stdout).toBe('app:x:10001:app\n');
    expect(s.run('ls -ld /home/app').stdout).toMatch(/^drwxr-xr-x +2 app +app /);
    expect(s.run('adduser -D app')).toMatchObject({ stderr: "adduser: user 'app' in use\n", exitCode: 1 });
    expect(s.run('addgroup -g 10001 other')).toMatchObject({ stderr: "addgroup: gid '10001' in use\n", exitCode: 1 });
  });

  it('ls -l names owners from the passwd and group files as they are now (numeric until an entry exists)', () => {
    const s = new Session({ machine: alpineMachine({}) });
    s.run('touch /tmp/f && chown 4321:4321 /tmp/f');
    expect(s.run('ls -l /tmp/f').stdout).toMatch(/^-rw-r--r-- +1 4321 +4321 /);
    s.run("echo 'bob:x:4321:4321::/home/bob:/bin/sh' >> /etc/passwd && echo 'devs:x:4321:' >> /etc/group");
    expect(s.run('ls -l /tmp/f').stdout).toMatch(/^-rw-r--r-- +1 bob +devs /);
    s.run("sed -i 's/^bob:/robert:/' /etc/passwd");
    expect(s.run('ls -l /tmp/f').stdout).toMatch(/^-rw-r--r-- +1 robert +devs /);
  });

  it('Debian groupadd/useradd pick system ids counting down from 999', () => {
    const s = new Session({ machine: alpineMachine({}) });
    s.run('mkdir -p /usr/sbin; for t in groupadd useradd; do touch /usr/sbin/$t; chmod +x /usr/sbin/$t; done');
    const r = s.run('groupadd -r app && useradd -r -g app -m -s /bin/bash app && id app && tail -1 /etc/passwd');
    expect(r.stdout).toBe('uid=999(app) gid=999(app) groups=999(app)\napp:x:999:999::/home/app:/bin/bash\n');
    expect(s.run('useradd -g nope x')).toMatchObject({ stderr: "useradd: group 'nope' does not exist\n", exitCode: 6 });
  });
});
