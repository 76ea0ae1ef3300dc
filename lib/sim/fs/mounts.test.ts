import { describe, expect, it } from 'vitest';
import { MountedFs } from './mounts';
import { OverlayFs } from './overlay';
import { FsError } from './types';
import type { LayerData } from './overlay-data';

const layer = (entries: LayerData['entries']): LayerData => ({ entries });
const dir = { t: 'd' as const, mode: 0o755, uid: 0, gid: 0, mtime: 0 };
const file = (data: string) => ({ t: 'f' as const, mode: 0o644, uid: 0, gid: 0, mtime: 0, data });

function setup(readOnlyData = false) {
  const rootUpper = layer({});
  const image = layer({ '/usr': dir, '/usr/share': dir, '/usr/share/html': dir, '/usr/share/html/index.html': file('image page'), '/data': dir, '/etc': dir });
  const root = new OverlayFs([rootUpper, image], { writable: true, now: () => 0 });
  const host = new OverlayFs([layer({ '/home': dir, '/home/me': dir, '/home/me/site': dir, '/home/me/site/index.html': file('host page'), '/home/me/app.conf': file('conf') })], { writable: true, now: () => 0 });
  const volume = new OverlayFs([layer({})], { writable: true, now: () => 0 });
  const fs = new MountedFs(root, [
    { target: '/usr/share/html', fs: host, source: '/home/me/site', readOnly: true },
    { target: '/data', fs: volume, source: '/', readOnly: readOnlyData },
    { target: '/etc/app.conf', fs: host, source: '/home/me/app.conf', readOnly: false },
  ]);
  return { fs, host, volume, rootUpper, root };
}

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof FsError ? `${e.code} ${e.path}` : String(e);
  }
};

describe('MountedFs', () => {
  it('shows bind-mounted host files instead of the image content', () => {
    const { fs } = setup();
    expect(fs.readFile('/usr/share/html/index.html')).toBe('host page');
    expect(fs.readdir('/usr/share/html')).toEqual(['index.html']);
  });

  it('lists directories with mounts below them: the root overlay plus the mount points right inside', () => {
    const { root } = setup();
    root.mkdir('/srv/www', { recursive: true });
    const view = new MountedFs(root, [
      { target: '/srv/www/cache', fs: new OverlayFs([layer({})], { writable: true, now: () => 0 }), source: '/', readOnly: false },
      { target: '/mnt', fs: new OverlayFs([layer({})], { writable: true, now: () => 0 }), source: '/', readOnly: false },
    ]);
    expect(view.readdir('/')).toEqual(['data', 'etc', 'mnt', 'srv', 'usr']);
    expect(view.readdir('/srv')).toEqual(['www']);
    expect(view.readdir('/srv/www')).toEqual(['cache']);
    view.symlink('/srv', '/link');
    expect(view.readdir('/link/www')).toEqual(['cache']);
    expect(code(() => view.readdir('/nope'))).toBe('ENOENT /nope');
    expect(code(() => view.readdir('/srv/nope/x'))).toBe('ENOENT /srv/nope/x');
    expect(code(() => view.readdir('/usr/share/html/index.html'))).toBe('ENOTDIR /usr/share/html/index.html');
    expect(code(() => view.readdir('/usr/share/html/index.html/x'))).toBe('ENOTDIR /usr/share/html/index.html/x');
  });

  it('rejects writes to a read-only mount with EROFS against the container path', () => {
    const { fs } = setup();
    expect(code(() => fs.writeFile('/usr/share/html/x', 'y'))).toBe('EROFS /usr/share/html/x');
  });

  it('writes into a volume, not into the container layer', () => {
    const { fs, volume, rootUpper } = setup();
    fs.mkdir('/data/db/x', { recursive: true });
    fs.writeFile('/data/db/x/f', '1');
    expect(volume.readFile('/db/x/f')).toBe('1');
    expect(Object.keys(rootUpper.entries)).toEqual([]);
  });

  it('mounts a single file and writes through to the host', () => {
    const { fs, host } = setup();
    expect(fs.readdir('/etc')).toEqual(['app.conf']);
    fs.writeFile('/etc/app.conf', 'new');
    expect(host.readFile('/home/me/app.conf')).toBe('new');
  });

  it('moves files across mounts by copying', () => {
    const { fs, volume } = setup();
    fs.writeFile('/tmp.txt', 'moved');
    fs.rename('/tmp.txt', '/data/t.txt');
    expect(volume.readFile('/t.txt')).toBe('moved');
    expect(fs.stat('/tmp.txt')).toBeNull();
  });

  it('keeps a read-only root writable only through mounts', () => {
    const root = new OverlayFs([layer({}), layer({ '/data': dir })], { writable: true, now: () => 0 });
    const vol = new OverlayFs([layer({})], { writable: true, now: () => 0 });
    const fs = new MountedFs(root, [{ target: '/data', fs: vol, source: '/', readOnly: false }], true);
    expect(code(() => fs.writeFile('/x', '1'))).toBe('EROFS /x');
    expect(code(() => fs.writeFile('/data/x', '1'))).toBe('ok');
  });

  it('follows symlinks that cross into a mount', () => {
    const { fs } = setup();
    fs.symlink('/data', '/link');
    fs.writeFile('/link/via', 'v');
    expect(fs.readFile('/data/via')).toBe('v');
  });

  it('finds what a symlink reaches only through a mount, and reports plain misses against the path asked', () => {
    const { fs } = setup();
    fs.writeFile('/data/inside', 'in the volume');
    fs.mkdir('/opt');
    fs.symlink('/data', '/opt/vol');
    expect(fs.readFile('/opt/vol/inside')).toBe('in the volume');
    expect(fs.stat('/opt/vol/inside')?.type).toBe('file');
    expect(fs.readdir('/opt/vol')).toEqual(['inside']);
    expect(fs.stat('/opt/none/x')).toBeNull();
    expect(code(() => fs.readFile('/opt/none/x'))).toBe('ENOENT /opt/none/x');
    expect(code(() => fs.readdir('/usr/share/html/index.html/x'))).toBe('ENOTDIR /usr/share/html/index.html/x');
    expect(code(() => fs.readFile('/usr/x/y'))).toBe('ENOENT /usr/x/y');
  });
});
