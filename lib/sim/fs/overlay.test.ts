import { describe, expect, it } from 'vitest';
import { OverlayFs } from './overlay';
import { FsError } from './types';
import type { LayerData, LayerEntry } from './overlay-data';

const d = (extra: Partial<LayerEntry> = {}): LayerEntry => ({ t: 'd', mode: 0o755, uid: 0, gid: 0, mtime: 1, ...extra });
const f = (data: string): LayerEntry => ({ t: 'f', mode: 0o644, uid: 0, gid: 0, mtime: 1, data });

function lower(): LayerData {
  return {
    entries: {
      '/etc': d(),
      '/etc/os-release': f('NAME="Alpine Linux"\n'),
      '/etc/motd': f('welcome\n'),
      '/usr': d(),
      '/usr/bin': d(),
      '/bin': { t: 'l', mode: 0o777, uid: 0, gid: 0, mtime: 1, target: 'usr/bin' },
      '/usr/bin/sh': f('#!busybox'),
      '/var': d(),
      '/var/www': d(),
      '/var/www/a.html': f('a'),
      '/var/www/b.html': f('b'),
    },
  };
}

function make(lowers: LayerData[] = [lower()]) {
  const upper: LayerData = { entries: {} };
  const fs = new OverlayFs([upper, ...lowers], { writable: true, now: () => 42 });
  return { fs, upper, lowers };
}

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('OverlayFs', () => {
  it('reads lower files through the merged view and follows symlinked directories', () => {
    const { fs } = make();
    expect(fs.readFile('/etc/os-release')).toContain('Alpine');
    expect(fs.readFile('/bin/sh')).toBe('#!busybox');
    expect(fs.stat('/bin')?.type).toBe('dir');
    expect(fs.lstat('/bin')?.type).toBe('symlink');
    expect(fs.readdir('/')).toEqual(['bin', 'etc', 'usr', 'var']);
  });

  it('copies a modified file up and leaves the shared lower layer untouched', () => {
    const { fs, upper, lowers } = make();
    fs.writeFile('/etc/motd', 'more\n', { append: true });
    expect(fs.readFile('/etc/motd')).toBe('welcome\nmore\n');
    expect(lowers[0]!.entries['/etc/motd']!.data).toBe('welcome\n');
    expect(Object.keys(upper.entries).sort()).toEqual(['/etc', '/etc/motd']);
    expect(upper.entries['/etc/motd']!.mtime).toBe(42);
  });

  it('hides deleted lower files behind whiteouts', () => {
    const { fs, upper } = make();
    fs.rm('/var/www/a.html');
    expect(fs.stat('/var/www/a.html')).toBeNull();
    expect(fs.readdir('/var/www')).toEqual(['b.html']);
    expect(upper.entries['/var/www/a.html']!.t).toBe('w');
  });

  it('lists what the layers show after a listing was already read (whiteouts in image layers and added later)', () => {
    const w: LayerEntry = { t: 'w', mode: 0, uid: 0, gid: 0, mtime: 1 };
    // A middle image layer deleted a.html and motd, and added c.html.
    const middle: LayerData = { entries: { '/var': d(), '/var/www': d(), '/var/www/a.html': w, '/var/www/c.html': f('c'), '/etc': d(), '/etc/motd': w } };
    const { fs } = make([middle, lower()]);
    expect(fs.readdir('/var/www')).toEqual(['b.html', 'c.html']);
    expect(fs.readdir('/etc')).toEqual(['os-release']);
    fs.rm('/var/www/b.html');
    expect(fs.readdir('/var/www')).toEqual(['c.html']);
    fs.writeFile('/var/www/a.html', 'again');
    fs.writeFile('/etc/motd', 'new\n');
    expect(fs.readdir('/var/www')).toEqual(['a.html', 'c.html']);
    expect(fs.readdir('/etc')).toEqual(['motd', 'os-release']);
    fs.rm('/var/www/a.html');
    expect(fs.readdir('/var/www')).toEqual(['c.html']);
  });

  it('makes a directory re-created over a deleted one opaque', () => {
    const { fs, upper } = make();
    fs.rm('/var/www', { recursive: true });
    expect(fs.stat('/var/www')).toBeNull();
    fs.mkdir('/var/www');
    expect(fs.readdir('/var/www')).toEqual([]);
    expect(upper.entries['/var/www']!.opaque).toBe(true);
    fs.writeFile('/var/www/c.html', 'c');
    expect(fs.readdir('/var/www')).toEqual(['c.html']);
  });

  it('lists nothing from below an opaque ancestor, and says why a listing fails', () => {
    const { fs } = make();
    fs.rm('/var', { recursive: true });
    fs.mkdir('/var');
    fs.mkdir('/var/www');
    expect(fs.readdir('/var/www')).toEqual([]);
    expect(fs.stat('/var/www/a.html')).toBeNull();
    expect(fs.readdir('/bin')).toEqual(['sh']);
    expect(code(() => fs.readdir('/etc/motd'))).toBe('ENOTDIR');
    expect(code(() => fs.readdir('/nope'))).toBe('ENOENT');
  });

  it('removes files only present in the upper layer without leaving whiteouts', () => {
    const { fs, upper } = make();
    fs.writeFile('/tmp-note', 'x');
    fs.rm('/tmp-note');
    expect(upper.entries['/tmp-note']).toBeUndefined();
  });

  it('reports errors with POSIX codes', () => {
    const { fs } = make();
    expect(code(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => fs.readFile('/etc'))).toBe('EISDIR');
    expect(code(() => fs.mkdir('/etc'))).toBe('EEXIST');
    expect(code(() => fs.mkdir('/a/b'))).toBe('ENOENT');
    expect(code(() => fs.writeFile('/etc/motd/x', 'y'))).toBe('ENOTDIR');
    expect(code(() => fs.rm('/var'))).toBe('ENOTEMPTY');
    expect(code(() => fs.readlink('/etc'))).toBe('EINVAL');
    fs.symlink('/loop', '/loop');
    expect(code(() => fs.readFile('/loop'))).toBe('ELOOP');
  });

  it('follows symlinks anywhere on a path: absolute, relative, to the root, odd targets, up to 40 links', () => {
    const { fs } = make();
    fs.symlink('/usr/bin/sh', '/shell');
    fs.symlink('sh', '/usr/bin/sh2');
    fs.symlink('/', '/top');
    fs.symlink('../usr//bin/', '/etc/up');
    expect(fs.resolve('/bin/sh', true)).toBe('/usr/bin/sh');
    expect(fs.resolve('/usr/bin/sh2', true)).toBe('/usr/bin/sh');
    expect(fs.resolve('/usr/bin/sh2', false)).toBe('/usr/bin/sh2');
    expect(fs.readFile('/shell')).toBe('#!busybox');
    expect(fs.lstat('/shell')?.type).toBe('symlink');
    expect(fs.resolve('/top', true)).toBe('/');
    expect(fs.resolve('/top/bin/sh', true)).toBe('/usr/bin/sh');
    expect(fs.readdir('/top/var/www')).toEqual(['a.html', 'b.html']);
    expect(fs.resolve('/etc/up/sh', true)).toBe('/usr/bin/sh');
    expect(fs.stat('/bin/nope')).toBeNull();
    expect(code(() => fs.readFile('/shell/x'))).toBe('ENOTDIR');
    // l1 → l2 → … → l40 → /etc/motd: 40 links resolve, a 41st is a loop.
    for (let i = 1; i <= 40; i++) fs.symlink(i === 40 ? '/etc/motd' : `/l${i + 1}`, `/l${i}`);
    expect(fs.readFile('/l1')).toBe('welcome\n');
    fs.symlink('/l1', '/l0');
    expect(code(() => fs.readFile('/l0'))).toBe('ELOOP');
    fs.symlink('/pong/x', '/ping');
    fs.symlink('/ping', '/pong');
    expect(code(() => fs.stat('/ping'))).toBe('ELOOP');
  });

  it('refuses writes when read-only', () => {
    const ro = new OverlayFs([lower()], { writable: false, now: () => 0 });
    expect(code(() => ro.writeFile('/etc/x', 'y'))).toBe('EROFS');
    expect(code(() => ro.rm('/etc/motd'))).toBe('EROFS');
    expect(ro.readFile('/etc/motd')).toBe('welcome\n');
  });

  it('renames directories from lower layers by copying up and whiting out the source', () => {
    const { fs } = make();
    fs.rename('/var/www', '/srv');
    expect(fs.readdir('/srv')).toEqual(['a.html', 'b.html']);
    expect(fs.stat('/var/www')).toBeNull();
  });

  it('creates parent chains with mkdir -p and keeps ownership of new files', () => {
    const upper: LayerData = { entries: {} };
    const fs = new OverlayFs([upper, lower()], { writable: true, now: () => 7, uid: 101, gid: 101 });
    fs.mkdir('/data/x/y', { recursive: true });
    fs.writeFile('/data/x/y/z', 'hi');
    expect(fs.stat('/data/x/y/z')).toMatchObject({ type: 'file', size: 2, uid: 101, mtime: 7 });
    fs.chmod('/etc/motd', 0o600);
    expect(fs.stat('/etc/motd')?.mode).toBe(0o600);
  });

  it('stacks several lower layers, the upper-most winning', () => {
    const top: LayerData = { entries: { '/etc': d(), '/etc/motd': f('patched\n'), '/etc/os-release': { t: 'w', mode: 0, uid: 0, gid: 0, mtime: 1 } } };
    const { fs } = make([top, lower()]);
    expect(fs.readFile('/etc/motd')).toBe('patched\n');
    expect(fs.stat('/etc/os-release')).toBeNull();
    expect(fs.readdir('/etc')).toEqual(['motd']);
  });
});
