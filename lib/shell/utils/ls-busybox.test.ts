import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, hostMachine, TEST_START } from '../test-support';
import { busyboxColumns, busyboxDate, busyboxHumanTotal } from './ls-busybox';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;

/** An alpine machine whose /w was made a year before "now" and /w/new.txt just now. */
function alpine(): Session {
  const m = alpineMachine({ now: TEST_START - 365 * DAY });
  m.fs.mkdir('/w');
  m.fs.mkdir('/w/sub');
  m.fs.writeFile('/w/old', '');
  m.fs.chmod('/w/old', 0o4755);
  m.fs.writeFile('/w/big.bin', 'x'.repeat(1_536_000));
  m.fs.symlink('old', '/w/link');
  m.clock.advance(365 * DAY);
  m.fs.writeFile('/w/new.txt', 'hello\n');
  m.fs.mkdir('/w/sticky');
  m.fs.chmod('/w/sticky', 0o1777);
  return new Session({ machine: m });
}

describe('BusyBox ls -l (alpine)', () => {
  it('prints fixed-width rows: mode, %4u links, %-8.8s owner and group, %9u size, date, name', () => {
    expect(alpine().run('ls -l /w')).toMatchObject({
      stdout: [
        'total 1512',
        '-rw-r--r--    1 root     root       1536000 Jan 15  2025 big.bin',
        'lrwxrwxrwx    1 root     root             3 Jan 15  2025 link -> old',
        '-rw-r--r--    1 root     root             6 Jan 15 09:00 new.txt',
        '-rwsr-xr-x    1 root     root             0 Jan 15  2025 old',
        'drwxrwxrwt    2 root     root          4096 Jan 15 09:00 sticky',
        'drwxr-xr-x    2 root     root          4096 Jan 15  2025 sub',
        '',
      ].join('\n'),
      exitCode: 0,
    });
  });

  it('shows . and .. with -a, numbers with -n, the entry itself with -d', () => {
    const s = alpine();
    expect(s.run('ls -la /w').stdout.split('\n').slice(0, 3)).toEqual([
      'total 1520',
      'drwxr-xr-x    4 root     root          4096 Jan 15 09:00 .',
      'drwxr-xr-x    9 root     root          4096 Jan 15  2025 ..',
    ]);
    expect(s.run('ls -ln /w/new.txt').stdout).toBe('-rw-r--r--    1 0        0                6 Jan 15 09:00 /w/new.txt\n');
    expect(s.run('ls -ld /w/sub').stdout).toBe('drwxr-xr-x    2 root     root          4096 Jan 15  2025 /w/sub\n');
  });

  it('cuts owner names to 8 characters', () => {
    const s = alpine();
    s.run("echo 'postgresql:x:70:70::/var/lib/postgresql:/bin/sh' >> /etc/passwd; echo 'postgresql:x:70:' >> /etc/group; chown 70:70 /w/new.txt");
    expect(s.run('ls -l /w/new.txt').stdout).toBe('-rw-r--r--    1 postgres postgres         6 Jan 15 09:00 /w/new.txt\n');
  });

  it('-h: one decimal from 1K up in %7s, and a whole-unit total in 7 columns', () => {
    const s = alpine();
    const lines = s.run('ls -lh /w').stdout.split('\n');
    expect(lines[0]).toBe('total 2M     ');
    expect(lines[1]).toBe('-rw-r--r--    1 root     root        1.5M Jan 15  2025 big.bin');
    expect(lines[5]).toBe('drwxrwxrwt    2 root     root        4.0K Jan 15 09:00 sticky');
  });

  it('--full-time shows the whole date and time with its zone, and implies -l', () => {
    expect(alpine().run('ls --full-time /w/new.txt').stdout).toBe('-rw-r--r--    1 root     root             6 2026-01-15 09:00:00 +0000 /w/new.txt\n');
  });

  it('-F marks directories, executables and links; -t and -S sort newest and largest first', () => {
    const s = alpine();
    expect(s.run('ls -1F /w').stdout).toBe('big.bin\nlink@\nnew.txt\nold*\nsticky/\nsub/\n');
    expect(s.run('ls -1t /w').stdout.split('\n')[0]).toBe('new.txt');
    expect(s.run('ls -1S /w').stdout.split('\n')[0]).toBe('big.bin');
  });

  it('says "<name>: No such file or directory" and exits 1 (GNU: cannot access, exit 2)', () => {
    expect(alpine().run('ls /w/old /nope')).toMatchObject({ stdout: '/w/old\n', stderr: 'ls: /nope: No such file or directory\n', exitCode: 1 });
    const gnu = new Session({ machine: hostMachine() }).run('ls /nope');
    expect(gnu).toMatchObject({ stderr: "ls: cannot access '/nope': No such file or directory\n", exitCode: 2 });
  });

  it('lays out columns of one width (longest name + 2) in the terminal width less one', () => {
    const s = alpine();
    s.run('mkdir /c && cd /c && touch alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon');
    s.run('export COLUMNS=60');
    expect(s.run('ls').stdout).toBe(
      ['alpha    eta      lambda   pi       theta', 'beta     gamma    mu       rho      upsilon', 'delta    iota     nu       sigma    xi', 'epsilon  kappa    omicron  tau      zeta', ''].join('\n'),
    );
  });

  it('keeps GNU rows (and GNU --full-time) on the host', () => {
    const m = hostMachine();
    m.fs.writeFile('/tmp/f', 'hello\n');
    const s = new Session({ machine: m });
    expect(s.run('ls -l /tmp/f').stdout).toBe('-rw-rw-r-- 1 learner learner 6 Jan 15 09:00 /tmp/f\n');
    expect(s.run('ls --full-time /tmp/f').stdout).toBe('-rw-rw-r-- 1 learner learner 6 2026-01-15 09:00:00.000000000 +0000 /tmp/f\n');
  });
});

describe('BusyBox ls pieces', () => {
  it('dates: hh:mm up to half a 365-day year old and 15 minutes ahead, the year otherwise', () => {
    const now = Date.UTC(2026, 10, 24, 6, 0);
    expect(busyboxDate(now + 10 * MIN, now)).toBe('Nov 24 06:10');
    expect(busyboxDate(now + 20 * MIN, now)).toBe('Nov 24  2026');
    expect(busyboxDate(now - 182 * DAY, now)).toBe('May 26 06:00');
    expect(busyboxDate(now - 183 * DAY, now)).toBe('May 25  2026');
    expect(busyboxDate(Date.UTC(2020, 0, 2, 3, 4), now)).toBe('Jan  2  2020');
  });

  it('-h totals as make_human_readable_str(blocks × 1024, 0, 0)', () => {
    expect([0, 512, 1512, 1000, 2048 * 1024].map(busyboxHumanTotal)).toEqual(['0      ', '512K   ', '2M     ', '1000K  ', '2G     ']);
  });

  it('columns: fewer columns when one more would not fit in width - 1', () => {
    const names = Array.from({ length: 24 }, (_, i) => `n${String(i).padStart(6, '0')}`);
    expect(busyboxColumns(names, 55).split('\n')[0]?.split(/ +/).length).toBe(6);
    expect(busyboxColumns(names, 54).split('\n')[0]?.split(/ +/).length).toBe(5);
    expect(busyboxColumns(['a', 'b'], 80)).toBe('a  b\n');
  });
});
