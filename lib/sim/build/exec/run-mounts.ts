/**
 * `RUN --mount=…` specs (BuildKit's instructions/commands_runmount.go): bind (default), cache,
 * tmpfs, secret, ssh; their keys, defaults and error messages.
 */
import { DockerfileError } from '../dockerfile/errors';
import { withSuggestion } from '../dockerfile/suggest';

export type MountType = 'bind' | 'cache' | 'tmpfs' | 'secret' | 'ssh';

export interface RunMount {
  type: MountType;
  from: string;
  source: string;
  target: string;
  readOnly: boolean;
  id: string;
  sharing: string;
  required: boolean;
  env?: string;
  mode?: number;
  uid?: number;
  gid?: number;
}

const TYPES: readonly MountType[] = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
const KEYS = ['type', 'from', 'source', 'target', 'readonly', 'id', 'sharing', 'required', 'size', 'mode', 'uid', 'gid', 'src', 'dst', 'destination', 'ro', 'rw', 'readwrite', 'env'];

function bool(v: string, key: string): boolean {
  if (/^(1|t|T|TRUE|true|True)$/.test(v)) return true;
  if (/^(0|f|F|FALSE|false|False)$/.test(v)) return false;
  throw new DockerfileError(`invalid value for ${key}: ${v}`);
}

function uint(v: string, base: 8 | 10, what: string): number {
  const ok = base === 8 ? /^[0-7]+$/.test(v) : /^\d+$/.test(v);
  if (!ok) throw new DockerfileError(`invalid value ${v} for ${what}`);
  return parseInt(v, base);
}

/** Parse one `--mount` value (already variable-expanded). */
export function parseRunMount(spec: string): RunMount {
  const m: RunMount = { type: 'bind', from: '', source: '', target: '', readOnly: true, id: '', sharing: '', required: false };
  let roAuto = true;
  for (const field of spec.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const value = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) {
      if (key === 'readonly' || key === 'ro') [m.readOnly, roAuto] = [true, false];
      else if (key === 'readwrite' || key === 'rw') [m.readOnly, roAuto] = [false, false];
      else if (key === 'required' && (m.type === 'secret' || m.type === 'ssh')) m.required = true;
      else if (key === 'required') throw new DockerfileError(`unexpected key '${key}' for mount type '${m.type}'`);
      else throw new DockerfileError(`invalid field '${field}' must be a key=value pair`);
      continue;
    }
    switch (key) {
      case 'type': {
        const t = value.toLowerCase() as MountType;
        if (!TYPES.includes(t)) throw new DockerfileError(withSuggestion(`unsupported mount type ${JSON.stringify(value)}`, value, TYPES, true));
        m.type = t;
        break;
      }
      case 'from':
        m.from = value;
        break;
      case 'source':
      case 'src':
        m.source = value;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        m.target = value;
        break;
      case 'readonly':
      case 'ro':
        [m.readOnly, roAuto] = [bool(value, key), false];
        break;
      case 'readwrite':
      case 'rw':
        [m.readOnly, roAuto] = [!bool(value, key), false];
        break;
      case 'required':
        if (m.type !== 'secret' && m.type !== 'ssh') throw new DockerfileError(`unexpected key '${key}' for mount type '${m.type}'`);
        m.required = bool(value, key);
        break;
      case 'size':
        if (m.type !== 'tmpfs') throw new DockerfileError(`unexpected key '${key}' for mount type '${m.type}'`);
        break;
      case 'id':
        m.id = value;
        break;
      case 'sharing':
        if (!SHARING.includes(value.toLowerCase())) throw new DockerfileError(withSuggestion(`unsupported sharing value ${JSON.stringify(value)}`, value, SHARING, true));
        m.sharing = value.toLowerCase();
        break;
      case 'mode':
        m.mode = uint(value, 8, 'mode');
        break;
      case 'uid':
        m.uid = uint(value, 10, 'uid');
        break;
      case 'gid':
        m.gid = uint(value, 10, 'gid');
        break;
      case 'env':
        m.env = value;
        break;
      default:
        throw new DockerfileError(withSuggestion(`unexpected key '${key}' in '${field}'`, key, KEYS, true));
    }
  }
  const fileInfo = m.type === 'secret' || m.type === 'ssh' || m.type === 'cache';
  if (!fileInfo) {
    if (m.mode !== undefined) throw new DockerfileError(`mode not allowed for ${JSON.stringify(m.type)} type mounts`);
    if (m.uid !== undefined) throw new DockerfileError(`uid not allowed for ${JSON.stringify(m.type)} type mounts`);
    if (m.gid !== undefined) throw new DockerfileError(`gid not allowed for ${JSON.stringify(m.type)} type mounts`);
  }
  if (roAuto) m.readOnly = !(m.type === 'cache' || m.type === 'tmpfs');
  if (m.type === 'secret') {
    if (m.from !== '') throw new DockerfileError('secret mount should not have a from');
    if (m.sharing !== '') throw new DockerfileError('secret mount should not define sharing');
    if (m.source === '' && m.target === '' && m.id === '') throw new DockerfileError('invalid secret mount. one of source, target required');
    if (m.source !== '' && m.id !== '') throw new DockerfileError("both source and id can't be set");
  }
  if (m.sharing !== '' && m.type !== 'cache') throw new DockerfileError(`invalid cache sharing set for ${m.type} mount`);
  return m;
}

/** The secret id: `source=`, else `id=`, else the base name of `target=` (BuildKit's dispatchSecret). */
export function secretId(m: RunMount): string {
  if (m.source) return m.source;
  if (m.id) return m.id;
  return m.target.split('/').filter(Boolean).pop() ?? '';
}

/** Where a secret file appears: `target=`, else /run/secrets/<id>; none when only exposed as `env=`. */
export function secretTarget(m: RunMount): string | null {
  if (m.target) return m.target;
  if (m.env !== undefined) return null;
  return `/run/secrets/${secretId(m).split('/').pop()}`;
}
