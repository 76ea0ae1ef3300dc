/**
 * The host's files with /var/lib/docker/{containers,volumes,overlay2,image} showing the engine's
 * current state (docker-root-layer.ts): read-only, and reached through the host directory's own
 * permissions (/var/lib/docker is root's, mode 0710), so `ls` as the learner gets Permission
 * denied and `sudo ls` lists the containers. Everything else passes through.
 */
import type { Engine } from '../core/engine';
import { OverlayFs } from '../fs/overlay';
import { FsError, type FileSystem } from '../fs/types';
import { DOCKER_ROOT, dockerRootLayer, SECTIONS, type Section } from './docker-root-layer';

const UNDER_ROOT = DOCKER_ROOT + '/';

function sectionOf(path: string): [Section, string] | null {
  if (!path.startsWith(UNDER_ROOT)) return null;
  const rest = path.slice(DOCKER_ROOT.length);
  const name = rest.split('/')[1] as Section;
  return SECTIONS.includes(name) ? [name, rest.replace(/\/+$/, '') || '/'] : null;
}

export function withDockerRoot(inner: FileSystem, eng: Engine): FileSystem {
  /** The section's view, after the host's permission check on the section directory. */
  const view = (path: string): [OverlayFs, string] | null => {
    const hit = sectionOf(path);
    if (!hit) return null;
    inner.readdir(`${DOCKER_ROOT}/${hit[0]}`);
    return [new OverlayFs([dockerRootLayer(eng, hit[0])], { writable: false, now: () => eng.world.clock }), hit[1]];
  };
  const readOnly = (path: string) => {
    if (sectionOf(path)) {
      view(path);
      throw new FsError('EROFS', path);
    }
  };
  const fs: FileSystem = {
    stat: (p) => {
      const v = view(p);
      return v ? v[0].stat(v[1]) : inner.stat(p);
    },
    lstat: (p) => {
      const v = view(p);
      return v ? v[0].lstat(v[1]) : inner.lstat(p);
    },
    readFile: (p) => {
      const v = view(p);
      return v ? v[0].readFile(v[1]) : inner.readFile(p);
    },
    readdir: (p) => {
      const v = view(p);
      return v ? v[0].readdir(v[1]) : inner.readdir(p);
    },
    readlink: (p) => {
      const v = view(p);
      return v ? v[0].readlink(v[1]) : inner.readlink(p);
    },
    writeFile: (p, data, opts) => (readOnly(p), inner.writeFile(p, data, opts)),
    mkdir: (p, opts) => (readOnly(p), inner.mkdir(p, opts)),
    rm: (p, opts) => (readOnly(p), inner.rm(p, opts)),
    rename: (a, b) => (readOnly(a), readOnly(b), inner.rename(a, b)),
    symlink: (t, p) => (readOnly(p), inner.symlink(t, p)),
    chmod: (p, m) => (readOnly(p), inner.chmod(p, m)),
    chown: (p, u, g) => (readOnly(p), inner.chown(p, u, g)),
  };
  if (inner.withUser) {
    const withUser = inner.withUser.bind(inner);
    fs.withUser = (uid, gid, groups) => withDockerRoot(withUser(uid, gid, groups), eng);
  }
  return fs;
}
