/**
 * Mounts at container creation: `-v` binds (volume name or absolute host path, :ro/:rw/:nocopy),
 * `--mount` specs, `--tmpfs`, anonymous volumes for image VOLUMEs, `--volumes-from`; and the
 * first-mount copy-up of image content into an empty volume.
 */
import { hostOf, type Engine } from '../core/engine';
import { invalid, notFound } from '../core/errors';
import { copyTree } from '../fs/copy-tree';
import { normPath } from '../fs/overlay-data';
import { OverlayFs } from '../fs/overlay';
import { imageLayers } from '../images/store';
import type { ImageRecord } from '../images/types';
import { createVolume, mountpoint, volumeFs } from '../volumes/volumes';
import { findContainer } from './names';
import type { ContainerRecord, HostConfig, MountRecord, MountSpec } from './types';

interface Pending {
  record: MountRecord;
  noCopy: boolean;
}

export function buildMounts(eng: Engine, hc: HostConfig, imageVolumes: readonly string[]): { mounts: MountRecord[]; noCopy: Set<string> } {
  const out: Pending[] = [];
  const add = (p: Pending) => {
    if (out.some((o) => o.record.Destination === p.record.Destination)) throw invalid(`Duplicate mount point: ${p.record.Destination}`);
    out.push(p);
  };
  for (const from of hc.VolumesFrom ?? []) {
    const [ref, mode] = from.split(':') as [string, string | undefined];
    const src = findContainer(hostOf(eng), ref);
    if (!src) throw notFound(`No such container: ${ref}`);
    for (const m of src.mounts) if (m.Type !== 'tmpfs') add({ record: { ...m, RW: mode === 'ro' ? false : m.RW, Mode: mode ?? m.Mode }, noCopy: true });
  }
  for (const bind of hc.Binds ?? []) add(parseBind(eng, bind));
  for (const spec of hc.Mounts ?? []) add(fromSpec(eng, spec));
  for (const [target, opts] of Object.entries(hc.Tmpfs ?? {})) add({ record: { Type: 'tmpfs', Source: '', Destination: normPath(target), Mode: opts, RW: !opts.split(',').includes('ro'), Propagation: '' }, noCopy: true });
  for (const dest of imageVolumes) {
    if (out.some((o) => o.record.Destination === normPath(dest))) continue;
    const vol = createVolume(eng, {}, true);
    add({ record: volumeRecord(vol.name, normPath(dest), true, ''), noCopy: false });
  }
  return { mounts: out.map((o) => o.record), noCopy: new Set(out.filter((o) => o.noCopy).map((o) => o.record.Destination)) };
}

function volumeRecord(name: string, dest: string, rw: boolean, mode: string): MountRecord {
  return { Type: 'volume', Name: name, Source: mountpoint(name), Destination: dest, Driver: 'local', Mode: mode, RW: rw, Propagation: '' };
}

function parseBind(eng: Engine, spec: string): Pending {
  const parts = spec.split(':');
  if (parts.length === 1) {
    const dest = parts[0]!;
    if (!dest.startsWith('/')) throw invalid(`invalid volume specification: '${spec}'`);
    const vol = createVolume(eng, {}, true);
    return { record: volumeRecord(vol.name, normPath(dest), true, ''), noCopy: false };
  }
  const [src, dest, opts = ''] = parts as [string, string, string?];
  if (parts.length > 3 || !dest.startsWith('/')) throw invalid(`invalid volume specification: '${spec}'`);
  const flags = opts.split(',').filter(Boolean);
  for (const f of flags) if (!['ro', 'rw', 'z', 'Z', 'nocopy', 'consistent', 'cached', 'delegated', 'shared', 'rshared', 'slave', 'rslave', 'private', 'rprivate'].includes(f)) throw invalid(`invalid mode: ${f}`);
  const rw = !flags.includes('ro');
  if (src.startsWith('/')) {
    const hostFs = eng.rt.hostFs;
    if (hostFs && !hostFs.stat(src)) hostFs.mkdir(src, { recursive: true });
    return { record: { Type: 'bind', Source: normPath(src), Destination: normPath(dest), Mode: opts, RW: rw, Propagation: 'rprivate' }, noCopy: true };
  }
  const vol = createVolume(eng, { name: src });
  return { record: volumeRecord(vol.name, normPath(dest), rw, opts || 'z'), noCopy: flags.includes('nocopy') };
}

function fromSpec(eng: Engine, m: MountSpec): Pending {
  // moby's linux parser checks the target first (compose's `v:/v` volume — a "Windows drive" — ends up here)
  if (m.Target !== '' && !m.Target.startsWith('/')) throw invalid(`invalid mount config for type "${m.Type}": invalid mount path: '${m.Target}' mount path must be absolute`);
  if (m.Target === '/') throw invalid(`invalid mount config for type "${m.Type}": invalid specification: destination can't be '/'`);
  const dest = normPath(m.Target);
  const rw = !m.ReadOnly;
  if (m.Type === 'bind') {
    const hostFs = eng.rt.hostFs;
    if (hostFs && !hostFs.stat(m.Source)) {
      if (!m.BindOptions?.CreateMountpoint) throw invalid(`invalid mount config for type "bind": bind source path does not exist: ${m.Source}`);
      hostFs.mkdir(m.Source, { recursive: true });
    }
    return { record: { Type: 'bind', Source: normPath(m.Source), Destination: dest, Mode: '', RW: rw, Propagation: 'rprivate' }, noCopy: true };
  }
  if (m.Type === 'tmpfs') {
    if (m.Source) throw invalid('invalid mount config for type "tmpfs": source must not be specified');
    return { record: { Type: 'tmpfs', Source: '', Destination: dest, Mode: '', RW: rw, Propagation: '' }, noCopy: true };
  }
  const vol = m.Source ? createVolume(eng, { name: m.Source, ...(m.VolumeOptions?.Labels ? { labels: m.VolumeOptions.Labels } : {}) }) : createVolume(eng, {}, true);
  return { record: volumeRecord(vol.name, dest, rw, ''), noCopy: m.VolumeOptions?.NoCopy ?? false };
}

/** Nothing but the volume's root directory. */
function isEmptyVolume(entries: Readonly<Record<string, unknown>>): boolean {
  for (const p in entries) if (p !== '/') return false;
  return true;
}

/** First mount of an empty volume copies what the image has at the mount point (docker's copy-up). */
export function copyUpVolumes(eng: Engine, c: ContainerRecord, image: ImageRecord, noCopy: ReadonlySet<string>): void {
  const host = hostOf(eng);
  const imageFs = new OverlayFs(imageLayers(host, image), { writable: false, now: () => eng.world.clock });
  for (const m of c.mounts) {
    if (m.Type !== 'volume' || noCopy.has(m.Destination)) continue;
    const vol = host.volumes[m.Name ?? ''];
    if (!vol || vol.initialized) continue;
    vol.initialized = true;
    if (!isEmptyVolume(vol.data.entries)) continue;
    const st = imageFs.stat(m.Destination);
    if (st?.type !== 'dir') continue;
    const target = volumeFs(eng, vol);
    for (const name of imageFs.readdir(m.Destination)) copyTree(imageFs, `${m.Destination}/${name}`, target, `/${name}`);
    // moby's copyOwnership: the volume's root takes the image directory's owner and mode (redis's
    // /data is redis:redis), also when the directory is empty.
    const root = vol.data.entries['/'];
    vol.data.entries['/'] = { t: 'd', mode: st.mode, uid: st.uid, gid: st.gid, mtime: root?.mtime ?? eng.world.clock };
  }
}
