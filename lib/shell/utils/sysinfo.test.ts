import { describe, expect, it } from 'vitest';
import { hostSession } from '../test-support';

describe('machine reports', () => {
  it('id prints names or numbers of one choice, and refuses mixed requests like GNU id', () => {
    const s = hostSession();
    expect(s.run('id -n -G').stdout).toBe('learner adm sudo docker\n');
    expect(s.run('id --groups --name').stdout).toBe('learner adm sudo docker\n');
    expect(s.run('id -G').stdout).toBe('1000 4 27 988\n');
    expect(s.run('id -u root').stdout).toBe('0\n');
    expect(s.run('id -u -g')).toMatchObject({ stderr: 'id: cannot print "only" of more than one choice\nTry \'id --help\' for more information.\n', exitCode: 1 });
    expect(s.run('id -n')).toMatchObject({ stderr: "id: cannot print only names or real IDs in default format\nTry 'id --help' for more information.\n", exitCode: 1 });
    expect(s.run('id ghost')).toMatchObject({ stderr: 'id: ‘ghost’: no such user\n', exitCode: 1 });
  });

  it('printenv prints values of set names and fails for a missing one', () => {
    const s = hostSession();
    expect(s.run('printenv HOME')).toMatchObject({ stdout: '/home/learner\n', exitCode: 0 });
    expect(s.run('printenv NOPE HOME')).toMatchObject({ stdout: '/home/learner\n', exitCode: 1 });
    expect(s.run('FOO=bar printenv | grep ^FOO=').stdout).toBe('FOO=bar\n');
  });

  it('df lists the host mounts from /proc/mounts with GNU columns', () => {
    const out = hostSession().run('df -h').stdout.split('\n');
    expect(out[0]).toBe('Filesystem      Size  Used Avail Use% Mounted on');
    expect(out).toContain('/dev/sda1        62G   18G   42G  30% /');
    expect(hostSession().run('df /tmp').stdout).toMatch(/^Filesystem     1K-blocks     Used Available Use% Mounted on\n\/dev\/sda1 +64878084 +18422976 +43123456 +30% \/\n$/);
  });

  it('free, uptime and ulimit report the simulated host', () => {
    const s = hostSession();
    expect(s.run('free -m').stdout).toMatch(/^ +total +used +free +shared +buff\/cache +available\nMem: +7937 /);
    expect(s.run('uptime').stdout).toBe(' 09:00:00 up 42 min,  1 user,  load average: 0.08, 0.03, 0.01\n');
    expect(s.run('sleep 3600; uptime -p').stdout).toBe('up 1 hour, 42 minutes\n');
    expect(s.run('ulimit -n; ulimit -Hn').stdout).toBe('1024\n1048576\n');
    expect(s.run('ulimit -a').stdout).toContain('open files                          (-n) 1024\n');
    expect(s.run('ulimit -q')).toMatchObject({ exitCode: 2 });
  });

  it('gzip and gunzip round-trip files and pipes; tar -z needs a gzip stream', () => {
    const s = hostSession();
    expect(s.run('echo hi > f; gzip f; ls f*; zcat f.gz; gunzip f.gz; cat f').stdout).toBe('f.gz\nhi\nhi\n');
    expect(s.run('echo data | gzip | gunzip').stdout).toBe('data\n');
    expect(s.run('echo data | gzip')).toMatchObject({ stderr: 'gzip: compressed data not written to a terminal. Use -f to force compression.\nFor help, type: gzip -h\n', exitCode: 1 });
    expect(s.run('gunzip f')).toMatchObject({ stderr: 'gzip: f: unknown suffix -- ignored\n', exitCode: 2 });
    expect(s.run('tar -cf a.tar f; tar -tzf a.tar')).toMatchObject({ stderr: 'gzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n', exitCode: 2 });
    expect(s.run('tar -czf a.tgz f; tar -tzf a.tgz; tar -tf a.tgz').stdout).toBe('f\nf\n');
  });
});
