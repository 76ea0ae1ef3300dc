/** Copying a tree between two filesystems (across mount boundaries: no rename there). */
import { FsError, type FileSystem } from './types';
import { joinPath } from './overlay-data';

/** Copy a file or directory tree between filesystems (used across mount boundaries). */
export function copyTree(from: FileSystem, src: string, to: FileSystem, dst: string): void {
  const st = from.lstat(src);
  if (!st) throw new FsError('ENOENT', src);
  if (st.type === 'symlink') to.symlink(from.readlink(src), dst);
  else if (st.type === 'file') to.writeFile(dst, from.readFile(src), { mode: st.mode });
  else {
    if (!to.stat(dst)) to.mkdir(dst, { mode: st.mode });
    for (const n of from.readdir(src)) copyTree(from, joinPath(src, n), to, joinPath(dst, n));
  }
  if (st.type !== 'symlink' && (st.uid !== 0 || st.gid !== 0)) to.chown(dst, st.uid, st.gid);
}
