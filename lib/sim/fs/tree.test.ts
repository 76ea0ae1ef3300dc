import { describe, expect, it } from 'vitest';
import { TreeFs } from './tree';
import { emptyTree } from './node';
import { FsError } from './types';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return 'ok';
}

function fresh(now = 1000) {
  return new TreeFs(emptyTree(), { now: () => now });
}

describe('TreeFs basics', () => {
  it('writes, reads, appends and stats files', () => {
    const fs = fresh();
    fs.mkdir('/a');
    fs.writeFile('/a/f.txt', 'héllo');
    fs.writeFile('/a/f.txt', '!\n', { append: true });
    expect(fs.readFile('/a/f.txt')).toBe('héllo!\n');
    expect(fs.stat('/a/f.txt')).toEqual({ type: 'file', size: 8, mode: 0o644, uid: 0, gid: 0, mtime: 1000 });
    expect(fs.stat('/a')?.type).toBe('dir');
    expect(fs.stat('/nope')).toBeNull();
    expect(fs.stat('/a/f.txt/x')).toBeNull();
  });

  it('lists directories sorted by byte order, without . and ..', () => {
    const fs = fresh();
    for (const n of ['b', 'A', 'a', '.hidden']) fs.writeFile('/' + n, '');
    expect(fs.readdir('/')).toEqual(['.hidden', 'A', 'a', 'b']);
  });

  it.each([
    ['read a missing file', (fs: TreeFs) => fs.readFile('/missing'), 'ENOENT'],
    ['read a directory', (fs: TreeFs) => fs.readFile('/d'), 'EISDIR'],
    ['write into a missing dir', (fs: TreeFs) => fs.writeFile('/nope/x', ''), 'ENOENT'],
    ['write through a file', (fs: TreeFs) => fs.writeFile('/f/x', ''), 'ENOTDIR'],
    ['write over a directory', (fs: TreeFs) => fs.writeFile('/d', ''), 'EISDIR'],
    ['mkdir existing', (fs: TreeFs) => fs.mkdir('/d'), 'EEXIST'],
    ['mkdir root', (fs: TreeFs) => fs.mkdir('/'), 'EEXIST'],
    ['mkdir missing parent', (fs: TreeFs) => fs.mkdir('/x/y'), 'ENOENT'],
    ['mkdir -p through a file', (fs: TreeFs) => fs.mkdir('/f/y', { recursive: true }), 'ENOTDIR'],
    ['mkdir -p onto a file', (fs: TreeFs) => fs.mkdir('/f', { recursive: true }), 'EEXIST'],
    ['readdir a file', (fs: TreeFs) => fs.readdir('/f'), 'ENOTDIR'],
    ['rm missing', (fs: TreeFs) => fs.rm('/missing'), 'ENOENT'],
    ['rm non-empty dir', (fs: TreeFs) => fs.rm('/d'), 'ENOTEMPTY'],
    ['readlink a file', (fs: TreeFs) => fs.readlink('/f'), 'EINVAL'],
    ['rename dir into itself', (fs: TreeFs) => fs.rename('/d', '/d/sub/x'), 'EINVAL'],
    ['rename file over dir', (fs: TreeFs) => fs.rename('/f', '/d'), 'EISDIR'],
    ['symlink over existing', (fs: TreeFs) => fs.symlink('/x', '/f'), 'EEXIST'],
  ])('%s → %s', (_label, op, code) => {
    const fs = fresh();
    fs.mkdir('/d/sub', { recursive: true });
    fs.writeFile('/f', 'x');
    expect(codeOf(() => op(fs))).toBe(code);
  });

  it('mkdir -p creates every level and accepts existing directories', () => {
    const fs = fresh();
    fs.mkdir('/a/b/c', { recursive: true });
    fs.mkdir('/a/b', { recursive: true });
    expect(fs.readdir('/a/b')).toEqual(['c']);
    expect(fs.stat('/a/b/c')?.mode).toBe(0o755);
  });

  it('rm removes empty directories, and whole trees with recursive; force ignores missing', () => {
    const fs = fresh();
    fs.mkdir('/e');
    fs.rm('/e');
    expect(fs.stat('/e')).toBeNull();
    fs.mkdir('/t/u', { recursive: true });
    fs.writeFile('/t/u/f', '1');
    fs.rm('/t', { recursive: true });
    expect(fs.stat('/t')).toBeNull();
    expect(codeOf(() => fs.rm('/nothing/here', { force: true }))).toBe('ok');
  });

  it('renames files and directories, replacing empty target directories', () => {
    const fs = fresh();
    fs.mkdir('/src');
    fs.writeFile('/src/f', 'data');
    fs.mkdir('/empty');
    fs.rename('/src', '/empty');
    expect(fs.readFile('/empty/f')).toBe('data');
    expect(fs.stat('/src')).toBeNull();
    fs.rename('/empty/f', '/g');
    expect(fs.readFile('/g')).toBe('data');
  });
});

describe('TreeFs symlinks', () => {
  it('follows relative and absolute links, lstat does not', () => {
    const fs = fresh();
    fs.mkdir('/usr/bin', { recursive: true });
    fs.writeFile('/usr/bin/tool', 'bin');
    fs.symlink('usr/bin', '/bin');
    fs.symlink('/usr/bin/tool', '/tool');
    expect(fs.readFile('/bin/tool')).toBe('bin');
    expect(fs.readFile('/tool')).toBe('bin');
    expect(fs.lstat('/bin')?.type).toBe('symlink');
    expect(fs.stat('/bin')?.type).toBe('dir');
    expect(fs.readlink('/bin')).toBe('usr/bin');
    expect(fs.readdir('/bin')).toEqual(['tool']);
  });

  it('writing through a dangling link creates the target; loops give ELOOP', () => {
    const fs = fresh();
    fs.symlink('/real', '/link');
    fs.writeFile('/link', 'x');
    expect(fs.readFile('/real')).toBe('x');
    fs.symlink('/b', '/a');
    fs.symlink('/a', '/b');
    expect(codeOf(() => fs.readFile('/a'))).toBe('ELOOP');
    expect(fs.lstat('/a')?.type).toBe('symlink');
  });

  it('resolves .. physically after following a link', () => {
    const fs = fresh();
    fs.mkdir('/x/y', { recursive: true });
    fs.writeFile('/x/marker', 'here');
    fs.symlink('/x/y', '/ly');
    expect(fs.readFile('/ly/../marker')).toBe('here');
  });

  it('rm on a link removes the link, not the target', () => {
    const fs = fresh();
    fs.writeFile('/t', 'keep');
    fs.symlink('/t', '/l');
    fs.rm('/l');
    expect(fs.readFile('/t')).toBe('keep');
  });
});

describe('TreeFs permissions', () => {
  function shared() {
    const data = emptyTree();
    const root = new TreeFs(data);
    root.mkdir('/etc');
    root.writeFile('/etc/hostname', 'h\n');
    root.mkdir('/root', { mode: 0o700 });
    root.mkdir('/home/u', { recursive: true });
    root.chown('/home/u', 1000, 1000);
    return { data, root, user: root.withUser(1000, 1000) };
  }

  it('a normal user cannot write root-owned places but can read them', () => {
    const { user } = shared();
    expect(user.readFile('/etc/hostname')).toBe('h\n');
    expect(codeOf(() => user.writeFile('/etc/hostname', 'x'))).toBe('EACCES');
    expect(codeOf(() => user.writeFile('/etc/new', 'x'))).toBe('EACCES');
    expect(codeOf(() => user.readdir('/root'))).toBe('EACCES');
    expect(codeOf(() => user.chmod('/etc/hostname', 0o777))).toBe('EPERM');
    expect(codeOf(() => user.chown('/home/u', 0, 0))).toBe('EPERM');
  });

  it('files a user creates are theirs, with the umask applied', () => {
    const { user, root } = shared();
    user.writeFile('/home/u/notes', 'n');
    user.mkdir('/home/u/dir');
    expect(root.stat('/home/u/notes')).toMatchObject({ uid: 1000, gid: 1000, mode: 0o644 });
    expect(root.stat('/home/u/dir')).toMatchObject({ mode: 0o755 });
    user.chmod('/home/u/notes', 0o600);
    expect(root.stat('/home/u/notes')?.mode).toBe(0o600);
  });

  it('group membership grants group bits', () => {
    const { root, data } = shared();
    root.writeFile('/etc/sock', '');
    root.chmod('/etc/sock', 0o660);
    root.chown('/etc/sock', 0, 988);
    expect(codeOf(() => new TreeFs(data, { cred: { uid: 1000, gid: 1000 } }).writeFile('/etc/sock', 'x'))).toBe('EACCES');
    expect(codeOf(() => new TreeFs(data, { cred: { uid: 1000, gid: 1000, groups: [988] } }).writeFile('/etc/sock', 'x'))).toBe('ok');
  });

  it('read-only views refuse every change with EROFS', () => {
    const { data } = shared();
    const ro = new TreeFs(data, { readOnly: true });
    expect(ro.readFile('/etc/hostname')).toBe('h\n');
    expect(codeOf(() => ro.writeFile('/etc/x', ''))).toBe('EROFS');
    expect(codeOf(() => ro.mkdir('/x'))).toBe('EROFS');
    expect(codeOf(() => ro.rm('/etc/hostname'))).toBe('EROFS');
  });
});

describe('TreeFs data', () => {
  it('is plain data: survives JSON and structuredClone, and views share it', () => {
    const fs = fresh();
    fs.mkdir('/a');
    fs.writeFile('/a/__proto__', 'tricky name');
    fs.symlink('a', '/l');
    const viaJson = new TreeFs(JSON.parse(JSON.stringify(fs.data)));
    const viaClone = new TreeFs(structuredClone(fs.data));
    for (const copy of [viaJson, viaClone]) {
      expect(copy.readdir('/a')).toEqual(['__proto__']);
      expect(copy.readFile('/l/__proto__')).toBe('tricky name');
    }
    viaClone.writeFile('/a/new', '');
    expect(fs.stat('/a/new')).toBeNull();
    const other = new TreeFs(fs.data);
    other.writeFile('/shared', 'yes');
    expect(fs.readFile('/shared')).toBe('yes');
  });
});
