import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, hostMachine } from '../test-support';
import { busyboxHuman } from './df-busybox';

const MOUNTS = [
  'overlay / overlay rw,relatime 0 0',
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  'tmpfs /dev tmpfs rw,nosuid,size=65536k,mode=755,inode64 0 0',
  '/dev/sda1 /etc/hosts ext4 rw,relatime 0 0',
  'tmpfs /scratch tmpfs rw,nosuid,nodev,noexec,relatime,size=16384k,inode64 0 0',
].join('\n') + '\n';

describe('BusyBox df', () => {
  it('formats sizes like make_human_readable_str', () => {
    expect([0, 512, 16 * 1024 ** 2, 64 * 1024 ** 2, 64_878_084 * 1024, 1536].map(busyboxHuman)).toEqual(['0', '512', '16.0M', '64.0M', '61.9G', '1.5K']);
  });

  it('shows a sized tmpfs in its own column layout (alpine)', () => {
    const m = alpineMachine();
    m.fs.mkdir('/proc');
    m.fs.writeFile('/proc/mounts', MOUNTS);
    const s = new Session({ machine: m });
    s.run('mkdir /dev /scratch');
    expect(s.run('df -h /scratch')).toMatchObject({
      stdout: 'Filesystem                Size      Used Available Use% Mounted on\ntmpfs                    16.0M         0     16.0M   0% /scratch\n',
      exitCode: 0,
    });
    const all = s.run('df').stdout.split('\n');
    expect(all[0]).toBe('Filesystem           1K-blocks      Used Available Use% Mounted on');
    expect(all.slice(1, -1).map(l => l.split(/ +/).at(-1))).toEqual(['/', '/dev', '/etc/hosts', '/scratch']);
    expect(all[1]).toBe('overlay               64878084  18422976  43123456  30% /');
    expect(s.run('df /nope')).toMatchObject({ stderr: "df: /nope: can't find mount point\n", exitCode: 1 });
  });

  it('leaves GNU df (Debian/Ubuntu) in coreutils layout and reads size=16m as 16 MiB', () => {
    const s = new Session({ machine: hostMachine({ files: { '/proc/mounts': MOUNTS.replace('size=16384k', 'size=16m'), '/scratch/.keep': '' } }) });
    expect(s.run('df -h /scratch').stdout).toBe('Filesystem      Size  Used Avail Use% Mounted on\ntmpfs            16M     0   16M   0% /scratch\n');
  });
});
