import { describe, expect, it } from 'vitest';
import { Session } from '../session';
import { alpineMachine, hostSession } from '../test-support';

describe('du', () => {
  it('counts 4 KiB blocks, directories included, in GNU order', () => {
    const s = hostSession();
    s.run('mkdir -p d/e && echo hi > d/e/f && printf "%5000s" x > d/big');
    expect(s.run('du d').stdout).toBe('8\td/e\n20\td\n');
    expect(s.run('du -a d').stdout).toBe('8\td/big\n4\td/e/f\n8\td/e\n20\td\n');
    expect(s.run('du -sh d; du -c d/big d/e/f').stdout).toBe('20K\td\n8\td/big\n4\td/e/f\n12\ttotal\n');
    expect(s.run('du nope')).toMatchObject({ stderr: "du: cannot access 'nope': No such file or directory\n", exitCode: 1 });
  });

  it('reports a declared size in full, with BusyBox -h on alpine', () => {
    const m = alpineMachine();
    m.fs.writeFile('/img.tar', 'manifest', { size: 192_025_066 });
    const s = new Session({ machine: m });
    expect(s.run('du -h /img.tar; du /img.tar').stdout).toBe('183.1M\t/img.tar\n187528\t/img.tar\n');
  });
});

describe('stat', () => {
  it('prints the GNU report and -c formats with the declared size', () => {
    const s = hostSession();
    s.run('echo hello > f.txt');
    const m = s.run('stat f.txt').stdout.split('\n');
    expect(m[0]).toBe('  File: f.txt');
    expect(m[1]).toBe('  Size: 6         \tBlocks: 8          IO Block: 4096   regular file');
    expect(m[3]).toBe('Access: (0664/-rw-rw-r--)  Uid: ( 1000/ learner)   Gid: ( 1000/ learner)');
    expect(s.run('stat -c "%s %n %a %F" f.txt').stdout).toBe('6 f.txt 664 regular file\n');
    expect(s.run('stat -c %s nope')).toMatchObject({ stderr: "stat: cannot statx 'nope': No such file or directory\n", exitCode: 1 });
  });
});
