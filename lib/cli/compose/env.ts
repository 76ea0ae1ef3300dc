/**
 * What every compose verb receives: the session's engine. The learner's files are read through
 * the shell context (`io.fs`), adapted to the loader's small read interface.
 */
import type { FileSystem } from '../../sim/fs/types';
import type { Engine } from '../../sim/index';
import type { LoaderFs } from '../../sim/compose/index';

export interface ComposeEnv {
  readonly eng: Engine;
}

/** The loader's view of a filesystem (kind + read, null when missing). */
export function loaderFs(fs: FileSystem): LoaderFs {
  return {
    kind(path) {
      const st = fs.stat(path);
      if (!st) return null;
      return st.type === 'dir' ? 'dir' : 'file';
    },
    read(path) {
      const st = fs.stat(path);
      if (!st || st.type === 'dir') return null;
      try {
        return fs.readFile(path);
      } catch {
        return null;
      }
    },
  };
}
