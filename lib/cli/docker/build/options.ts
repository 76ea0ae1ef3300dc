/**
 * From `docker buildx build` flags to a BuildRequest, with buildx's client-side checks and
 * wording: the context path, `-f`, stdin (`-`), `--build-arg`/`--label` key=value lists, tags,
 * `--secret` specs (read from the host now, like buildx's secret store), progress modes.
 */
import type { CommandContext } from '../../../shell/types';
import { resolvePath } from '../../../sim/fs/path';
import { isArchive } from '../../../sim/fs/archive';
import type { BuildRequest } from '../../../sim/build/types';
import { parseReference } from '../../../sim/images/reference';
import type { OptionsOf } from '../../flags';
import type { BUILD_FLAGS } from './flags';

export type BuildOptions = OptionsOf<typeof BUILD_FLAGS>;

/** A client-side failure: printed `ERROR: <message>` (buildx wraps most in `failed to build: `). */
export class BuildxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BuildxError';
  }
}

export type ProgressMode = 'auto' | 'plain' | 'tty' | 'quiet' | 'rawjson';
const MODES: readonly string[] = ['auto', 'plain', 'tty', 'quiet', 'rawjson'];

export function progressMode(o: BuildOptions): ProgressMode {
  if (o.quiet) {
    if (o.progress !== 'auto' && o.progress !== 'quiet') throw new BuildxError(`progress=${o.progress} and quiet cannot be used together`);
    return 'quiet';
  }
  if (!MODES.includes(o.progress)) throw new BuildxError(`invalid progress mode ${o.progress}`);
  return o.progress as ProgressMode;
}

/** buildx listToMap: `K=v`; `K` alone takes the client's environment (build args) or '' (labels). */
function listToMap(values: readonly string[], fromEnv: Readonly<Record<string, string>> | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const k = eq < 0 ? value : value.slice(0, eq);
    if (k === '') throw new BuildxError(`invalid key-value pair ${JSON.stringify(value)}: empty key`);
    if (eq >= 0) out[k] = value.slice(eq + 1);
    else if (!fromEnv) out[k] = '';
    else if (Object.hasOwn(fromEnv, k)) out[k] = fromEnv[k]!;
  }
  return out;
}

function checkTag(tag: string): void {
  try {
    parseReference(tag);
  } catch {
    const name = tag.split('@')[0]!.replace(/:[\w][\w.-]*$/, '');
    const why = name !== name.toLowerCase() ? 'repository name must be lowercase' : 'invalid reference format';
    throw new BuildxError(`failed to build: invalid tag ${JSON.stringify(tag)}: ${why}`);
  }
}

function readSecrets(specs: readonly string[], io: CommandContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const spec of specs) {
    if (spec === '') continue;
    let id = '';
    let src = '';
    let env = '';
    let typ = '';
    for (const field of spec.split(',')) {
      const eq = field.indexOf('=');
      if (eq < 0) throw new BuildxError(`invalid field '${field}' must be a key=value pair`);
      const key = field.slice(0, eq).toLowerCase();
      const value = field.slice(eq + 1);
      if (key === 'type') {
        if (value !== 'file' && value !== 'env') throw new BuildxError(`unsupported secret type ${JSON.stringify(value)}`);
        typ = value;
      } else if (key === 'id') id = value;
      else if (key === 'source' || key === 'src') src = value;
      else if (key === 'env') env = value;
      else throw new BuildxError(`unexpected key '${key}' in '${field}'`);
    }
    if (typ === 'env' && env === '') [env, src] = [src, ''];
    if (id === '') throw new BuildxError('failed to build: secret missing ID');
    if (env === '' && src === '') {
      if (Object.hasOwn(io.env, id)) env = id;
      else src = id;
    }
    if (env !== '') {
      out.set(id, io.env[env] ?? '');
      continue;
    }
    const path = resolvePath(io.cwd, src);
    if (!io.fs.stat(path)) throw new BuildxError(`failed to build: failed to stat ${src}: stat ${src}: no such file or directory`);
    out.set(id, io.fs.readFile(path));
  }
  return out;
}

export interface PreparedBuild {
  request: BuildRequest;
  secrets: Map<string, string>;
  mode: ProgressMode;
}

/** Everything buildx checks before talking to BuildKit. */
export function prepareBuild(o: BuildOptions, contextArg: string, io: CommandContext): PreparedBuild {
  const mode = progressMode(o);
  const buildArgs = listToMap(o.buildArg, io.env);
  const labels = listToMap(o.label, null);
  if (o.platform.flatMap((p) => p.split(',')).filter(Boolean).length > 1) {
    throw new BuildxError('failed to build: Multi-platform build is not supported for the docker driver.\nSwitch to a different driver, or turn on the containerd image store, and try again.\nLearn more at https://docs.docker.com/go/build-multi-platform/');
  }
  for (const t of o.tag) checkTag(t);
  if (o.push && o.tag.length === 0) throw new BuildxError('failed to build: tag is needed when pushing to registry');
  const base: Omit<BuildRequest, 'contextDir' | 'dockerfile'> = {
    hostFs: io.fs, tags: o.tag, buildArgs, labels, target: o.target, noCache: o.noCache, pull: o.pull, network: o.network,
    platform: o.platform[0] ?? '', secrets: [], clientEnv: io.env,
  };
  if (contextArg === '-') {
    if (o.file === '-') throw new BuildxError("failed to build: invalid argument: can't use stdin for both build context and dockerfile");
    if (isArchive(io.stdin)) throw new BuildxError('failed to build: a build context from a tar archive on stdin is not supported by the simulator');
    if (o.file !== '') throw new BuildxError('failed to build: ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles');
    return { request: { ...base, contextDir: null, dockerfile: { text: io.stdin } }, secrets: readSecrets(o.secret, io), mode };
  }
  const dir = resolvePath(io.cwd, contextArg);
  if (/^(https?|git):\/\//.test(contextArg) || contextArg.startsWith('git@') || io.fs.stat(dir)?.type !== 'dir') {
    throw new BuildxError(`failed to build: unable to prepare context: path ${JSON.stringify(contextArg)} not found`);
  }
  const dockerfile = o.file === '-' ? { text: io.stdin } : { path: o.file === '' ? `${dir === '/' ? '' : dir}/Dockerfile` : resolvePath(io.cwd, o.file) };
  return { request: { ...base, contextDir: dir, dockerfile }, secrets: readSecrets(o.secret, io), mode };
}
