/**
 * /dev as programs see it: /dev/null swallows writes and reads empty, /dev/stdin|stdout|stderr|tty
 * exist. /dev/zero, /dev/random and /dev/urandom never end: a whole-file read gives nothing (a real
 * `cat` would run forever), and a reader that stops after N bytes (`head -c N`) takes them from
 * `endlessRead`. Wraps a machine's FileSystem; everything else passes through.
 */
import type { FileSystem, Stat } from '../sim/fs/types';

const DEVICES = new Set(['/dev/null', '/dev/zero', '/dev/random', '/dev/urandom', '/dev/tty', '/dev/stdin', '/dev/stdout', '/dev/stderr']);
const NAMES = [...DEVICES].map(p => p.slice(5));
const cache = new WeakMap<FileSystem, FileSystem>();

/** The endless character devices: NUL bytes, or random ones. */
export function endlessDevice(path: string): 'zero' | 'random' | null {
  if (path === '/dev/zero') return 'zero';
  return path === '/dev/urandom' || path === '/dev/random' ? 'random' : null;
}

/**
 * The first `n` bytes of an endless device. Text here is one character per byte below 0x80, so random
 * bytes are drawn from 0–127 (`random()` gives 0…32767, the session's seeded generator): byte counts
 * stay exact.
 */
export function endlessRead(kind: 'zero' | 'random', n: number, random: () => number): string {
  if (kind === 'zero') return '\0'.repeat(n);
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(random() & 0x7f);
  return out;
}

function device(path: string): boolean {
  return path.startsWith('/dev/') && DEVICES.has(path);
}

/** The same filesystem with device files (memoised per filesystem). */
export function withDevices(fs: FileSystem): FileSystem {
  let wrapped = cache.get(fs);
  if (!wrapped) {
    wrapped = makeDevFs(fs);
    cache.set(fs, wrapped);
  }
  return wrapped;
}

function makeDevFs(inner: FileSystem): FileSystem {
  const devStat = (): Stat => ({ type: 'file', size: 0, mode: 0o666, uid: 0, gid: 0, mtime: 0 });
  const fs: FileSystem = {
    stat: p => (device(p) ? devStat() : inner.stat(p)),
    lstat: p => (device(p) ? devStat() : inner.lstat(p)),
    readFile: p => (device(p) ? '' : inner.readFile(p)),
    writeFile: (p, data, opts) => {
      if (!device(p)) inner.writeFile(p, data, opts);
    },
    readdir: p => {
      const names = inner.readdir(p);
      if (p !== '/dev' && p !== '/dev/') return names;
      return [...new Set([...names, ...NAMES])].sort();
    },
    mkdir: (p, opts) => inner.mkdir(p, opts),
    rm: (p, opts) => inner.rm(p, opts),
    rename: (a, b) => inner.rename(a, b),
    symlink: (t, p) => inner.symlink(t, p),
    readlink: p => inner.readlink(p),
    chmod: (p, m) => inner.chmod(p, m),
    chown: (p, u, g) => inner.chown(p, u, g),
  };
  if (inner.withUser) {
    const withUser = inner.withUser.bind(inner);
    fs.withUser = (uid, gid, groups) => withDevices(withUser(uid, gid, groups));
  }
  return fs;
}
