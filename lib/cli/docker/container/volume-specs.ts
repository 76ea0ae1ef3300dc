/**
 * `-v` as the docker client splits it (compose loader ParseVolume): `SRC:DST[:MODE]` binds and
 * named volumes go to HostConfig.Binds (relative `./x` sources made absolute against the
 * client's cwd), a lone `DST` becomes an anonymous volume in Config.Volumes; `--tmpfs`.
 */
import { resolvePath } from '../../../sim/fs/path';

const isDrive = (buf: string, ch: string) => ch === ':' && buf.length === 1 && /\p{L}/u.test(buf);

/** ParseVolume's source/target split (enough to tell binds from anonymous volumes). */
export function splitVolumeSpec(spec: string): { source: string; target: string } {
  if (spec.length === 0) throw new Error('invalid empty volume spec');
  if (spec.length <= 2) return { source: '', target: spec };
  let source = '';
  let target = '';
  let haveSource = false;
  let buf = '';
  const END = '\0';
  for (const ch of spec + END) {
    if (isDrive(buf, ch)) buf += ch;
    else if (ch === ':' || ch === END) {
      if (buf.length === 0) throw new Error(`invalid spec: ${spec}: empty section between colons`);
      if (!haveSource && ch === END) target = buf;
      else if (!haveSource) [source, haveSource] = [buf, true];
      else if (target === '') target = buf;
      else if (ch === ':') throw new Error(`invalid spec: ${spec}: too many colons`);
      buf = '';
    } else buf += ch;
  }
  return { source, target };
}

export interface VolumeFlags {
  binds: string[];
  /** Anonymous volumes (Config.Volumes). */
  volumes: Record<string, Record<string, never>>;
}

/** The `-v` values split into binds and anonymous volumes, like opts.go parse(). */
export function parseVolumeFlags(values: readonly string[], cwd: string): VolumeFlags {
  const out: VolumeFlags = { binds: [], volumes: {} };
  for (const bind of values) {
    const { source } = splitVolumeSpec(bind);
    if (source === '') {
      out.volumes[bind] = {};
      continue;
    }
    const colon = bind.indexOf(':');
    let host = bind.slice(0, colon);
    if (!host.startsWith('/') && host.startsWith('.')) host = resolvePath(cwd, host);
    out.binds.push(host + bind.slice(colon));
  }
  return out;
}

/** `--tmpfs /run:rw,size=64m` → { '/run': 'rw,size=64m' }. */
export function parseTmpfsFlags(values: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of values) {
    const colon = t.indexOf(':');
    out[colon < 0 ? t : t.slice(0, colon)] = colon < 0 ? '' : t.slice(colon + 1);
  }
  return out;
}
