/**
 * docker cp between the learner's host filesystem and a container (running or not), with the
 * daemon's "Could not find the file" error. Paths follow docker cp's rules for `dir/.` and
 * copying into an existing directory.
 */
import type { Engine } from '../core/engine';
import { EngineError, notFound } from '../core/errors';
import { copyTree } from '../fs/copy-tree';
import { baseName, normPath } from '../fs/overlay-data';
import type { FileSystem } from '../fs/types';
import { requireContainer } from './names';
import { containerFs } from './view';

function place(from: FileSystem, src: string, to: FileSystem, dst: string): string {
  const contentsOnly = src.endsWith('/.');
  const source = normPath(src);
  const dstStat = to.stat(dst);
  if (contentsOnly) {
    if (!dstStat) to.mkdir(dst, { recursive: true });
    for (const n of from.readdir(source)) copyTree(from, `${source}/${n}`, to, `${normPath(dst)}/${n}`);
    return normPath(dst);
  }
  const target = dstStat?.type === 'dir' ? `${normPath(dst)}/${baseName(source)}` : normPath(dst);
  if (from.stat(source)?.type === 'dir' && to.stat(target)?.type === 'file') throw new EngineError('invalidParameter', `cannot copy a directory to a file`);
  if (to.lstat(target)?.type === 'file') to.rm(target);
  copyTree(from, source, to, target);
  return target;
}

function hostFs(eng: Engine): FileSystem {
  if (!eng.rt.hostFs) throw new EngineError('system', 'no host filesystem');
  return eng.rt.hostFs;
}

/** docker cp CONTAINER:SRC DEST (DEST absolute on the host). Returns the written path. */
export function copyFromContainer(eng: Engine, term: string, src: string, dest: string): string {
  const c = requireContainer(eng, term);
  const fs = containerFs(eng, c);
  if (!fs.lstat(normPath(src))) throw notFound(`Could not find the file ${src} in container ${term}`);
  return place(fs, src, hostFs(eng), dest);
}

/** docker cp SRC CONTAINER:DEST (SRC absolute on the host). */
export function copyToContainer(eng: Engine, src: string, term: string, dest: string): string {
  const c = requireContainer(eng, term);
  const host = hostFs(eng);
  if (!host.lstat(normPath(src))) throw new EngineError('invalidParameter', `lstat ${normPath(src)}: no such file or directory`);
  const fs = containerFs(eng, c);
  const parent = normPath(dest).replace(/\/[^/]*$/, '') || '/';
  if (!fs.stat(normPath(dest)) && !fs.stat(parent)) throw notFound(`Could not find the file ${parent} in container ${term}`);
  return place(host, src, fs, dest);
}
