/**
 * A small DSL for writing image root filesystems as LayerData. Executables are placeholders with
 * a declared size (their content is not simulated); text files carry real content.
 */
import { normPath, parentOf, type LayerData, type LayerEntry } from '../../fs/overlay-data';

/** Catalog files carry this mtime (image build dates vary; one date keeps listings stable). */
export const ROOTFS_MTIME = Date.UTC(2025, 6, 15, 11, 0, 0);

export class RootfsBuilder {
  readonly entries: Record<string, LayerEntry> = {};

  dir(path: string, mode = 0o755, uid = 0, gid = 0): this {
    const p = normPath(path);
    if (p !== '/' && !this.entries[parentOf(p)]) this.dir(parentOf(p));
    if (p !== '/') this.entries[p] = { t: 'd', mode, uid, gid, mtime: ROOTFS_MTIME };
    return this;
  }

  dirs(...paths: string[]): this {
    for (const p of paths) this.dir(p);
    return this;
  }

  file(path: string, data: string, mode = 0o644, uid = 0, gid = 0): this {
    const p = normPath(path);
    if (!this.entries[parentOf(p)]) this.dir(parentOf(p));
    this.entries[p] = { t: 'f', mode, uid, gid, mtime: ROOTFS_MTIME, data };
    return this;
  }

  /** An executable whose bytes are not simulated. */
  bin(path: string, size = 150_000): this {
    const p = normPath(path);
    if (!this.entries[parentOf(p)]) this.dir(parentOf(p));
    this.entries[p] = { t: 'f', mode: 0o755, uid: 0, gid: 0, mtime: ROOTFS_MTIME, data: '', size };
    return this;
  }

  bins(dir: string, names: string, size = 150_000): this {
    for (const n of names.split(/\s+/).filter(Boolean)) this.bin(`${dir}/${n}`, size);
    return this;
  }

  /** A shell script (executable with real content). */
  script(path: string, text: string): this {
    return this.file(path, text, 0o755);
  }

  link(path: string, target: string): this {
    const p = normPath(path);
    if (!this.entries[parentOf(p)]) this.dir(parentOf(p));
    this.entries[p] = { t: 'l', mode: 0o777, uid: 0, gid: 0, mtime: ROOTFS_MTIME, target };
    return this;
  }

  links(dir: string, names: string, target: string): this {
    for (const n of names.split(/\s+/).filter(Boolean)) this.link(`${dir}/${n}`, target);
    return this;
  }

  build(): LayerData {
    return { entries: this.entries };
  }
}

/** Directories every Linux root filesystem has. */
export function fhs(b: RootfsBuilder): RootfsBuilder {
  b.dirs('/dev', '/etc', '/home', '/media', '/mnt', '/opt', '/proc', '/run', '/srv', '/sys', '/usr/local/bin', '/usr/share', '/var/cache', '/var/lib', '/var/log');
  b.dir('/root', 0o700);
  b.dir('/tmp', 0o1777);
  b.dir('/var/tmp', 0o1777);
  return b;
}
