/**
 * The size of the tar stream docker cp moves (what "Successfully copied 2.05kB" counts): a
 * 512-byte header per entry, file data padded to 512-byte blocks, and the 1024-byte end marker.
 */
import type { FileSystem } from '../../../sim/fs/types';

export function tarStreamSize(fs: FileSystem, path: string): number {
  const walk = (p: string): number => {
    const st = fs.lstat(p);
    if (!st) return 0;
    if (st.type === 'dir') return 512 + fs.readdir(p).reduce((n, child) => n + walk(`${p === '/' ? '' : p}/${child}`), 0);
    if (st.type === 'file') return 512 + Math.ceil(st.size / 512) * 512;
    return 512;
  };
  return walk(path) + 1024;
}
