/**
 * Base images of a build: found in the local image store (docker driver, resolve mode "default"),
 * in what BuildKit pulled before, or fetched from the simulated registries; the
 * `[internal] load metadata for …` and `FROM …` vertices with their download progress.
 * Images BuildKit pulls are kept in the build cache, not tagged in `docker images`.
 */
import { hostOf, type Engine } from '../../core/engine';
import { EngineError } from '../../core/errors';
import { fetchManifest } from '../../images/pull';
import { HOST_PLATFORM, parsePlatform, platformKey, platformString, type Platform } from '../../images/platform';
import { fullString, parseReference, tagNameOnly, type ImageRef } from '../../images/reference';
import { findImage } from '../../images/store';
import type { ImageRecord, LayerRecord } from '../../images/types';
import { buildState, lookup, store } from '../cache';
import type { Progress } from '../progress';
import { withSuggestion } from '../dockerfile/suggest';
import { DockerfileError } from '../dockerfile/errors';

export interface ResolvedBase {
  image: ImageRecord;
  layers: LayerRecord[];
  /** Repository digest, when the image came from a registry. */
  digest: string | null;
  ref: ImageRef;
  /** The layers still have to be downloaded (FROM shows the pull). */
  download: boolean;
}

/** A failure of `load metadata`: the vertex error and the solve error. */
export class BaseImageError extends Error {
  constructor(
    readonly vertexError: string,
    message: string,
  ) {
    super(message);
    this.name = 'BaseImageError';
  }
}

const COMMON = ['alpine', 'busybox', 'centos', 'debian', 'golang', 'ubuntu', 'fedora'].flatMap((n) => [n, 'docker.io/library' + n, n + ':latest', 'docker.io/library' + n + ':latest']);

function registryMessage(e: unknown, ref: ImageRef): string {
  if (e instanceof EngineError) {
    if (e.kind === 'unauthorized') return 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed';
    if (e.kind === 'notFound') return `${fullString(ref)}: not found`;
    return e.message;
  }
  return e instanceof Error ? e.message : String(e);
}

function localBase(eng: Engine, ref: ImageRef): ResolvedBase | null {
  const host = hostOf(eng);
  const img = findImage(eng, fullString(ref));
  if (!img) return null;
  const digestKey = Object.keys(host.refs).find((k) => host.refs[k] === img.id && k.startsWith(`${ref.domain}/${ref.path}@`));
  const layers = img.layers.map((id) => host.layers[id]).filter((l): l is LayerRecord => l !== undefined);
  return { image: img, layers, digest: digestKey ? digestKey.slice(digestKey.indexOf('@') + 1) : null, ref, download: false };
}

interface PulledBase {
  image: ImageRecord;
  layers: LayerRecord[];
  digest: string;
}

function pulledBases(eng: Engine): Record<string, PulledBase> {
  const st = buildState(eng) as ReturnType<typeof buildState> & { bases?: Record<string, PulledBase> };
  return (st.bases ??= {});
}

/**
 * Resolve a FROM (or COPY --from) image. `stageNames` feed the "did you mean" of the error.
 * Throws BaseImageError with BuildKit's wording.
 */
/** The normalized reference of a base image name (BuildKit fails before any vertex when it is invalid). */
export function baseRef(name: string): ImageRef {
  try {
    return tagNameOnly(parseReference(name));
  } catch (e) {
    throw new DockerfileError(`failed to parse stage name ${JSON.stringify(name)}: ${(e as Error).message}`);
  }
}

/** The target platform of a build (`--platform`, default the host's; an unparsable one is left to the host). */
export function targetPlatform(spec: string): Platform {
  if (spec === '') return HOST_PLATFORM;
  try {
    return parsePlatform(spec);
  } catch {
    return HOST_PLATFORM;
  }
}

/** `platform`: the build's `--platform` — a base of another platform is pulled for it (its own cache entry). */
export function resolveBase(eng: Engine, name: string, pull: boolean, stageNames: readonly string[], platform = ''): ResolvedBase {
  const ref = baseRef(name);
  const want = targetPlatform(platform);
  const suffix = platformKey(want);
  const key = `pulled:${fullString(ref)}${suffix}`;
  const known = pulledBases(eng)[fullString(ref) + suffix];
  if (!pull) {
    const local = localBase(eng, ref);
    if (local && local.image.architecture === want.architecture && local.image.os === want.os) return local;
    if (known && lookup(eng, key)) return { ...known, ref, download: false };
  }
  let got;
  try {
    got = fetchManifest(eng, ref, undefined, suffix === '' ? {} : { platform: platformString(want) });
  } catch (e) {
    const why = registryMessage(e, ref);
    const msg = withSuggestion(`${name}: failed to resolve source metadata for ${fullString(ref)}: ${why}`, name, [...stageNames, ...COMMON], true);
    throw new BaseImageError(why, msg);
  }
  const fresh = !known || known.image.id !== got.image.id || !lookup(eng, key);
  pulledBases(eng)[fullString(ref) + suffix] = { image: got.image, layers: got.layers, digest: got.digest };
  if (fresh) store(eng, key, 'regular', `pulled from ${fullString(ref)}@${got.digest}`, null, got.image.size);
  return { image: got.image, layers: got.layers, digest: got.digest, ref, download: fresh };
}

/**
 * An image a build could have used as base: in the image store, or pulled by BuildKit into its
 * cache (not tagged in `docker images`). For checks such as "is this image based on nginx?".
 */
export function knownBaseImage(eng: Engine, name: string): ImageRecord | undefined {
  let ref: ImageRef;
  try {
    ref = tagNameOnly(parseReference(name));
  } catch {
    return undefined;
  }
  return findImage(eng, fullString(ref)) ?? pulledBases(eng)[fullString(ref)]?.image;
}

/** `docker.io/library/node:18-alpine@sha256:…` (the FROM step's name). */
export function shownName(b: ResolvedBase): string {
  return fullString(b.ref) + (b.digest && !b.ref.digest ? `@${b.digest}` : '');
}

const DOWNLOAD_BPS = 24e6;
const EXTRACT_BPS = 90e6;

/** The FROM vertex: nothing to do for a local image, else resolve + downloads + extraction. */
export function recordFrom(progress: Progress, name: string, b: ResolvedBase): void {
  const v = progress.start(name);
  if (b.download) {
    v.status(`resolve ${shownName(b)}`, 12);
    const real = b.layers.filter((l) => l.content.kind !== 'empty' || l.size > 0);
    for (const l of [...real].sort((x, y) => x.compressedSize - y.compressedSize)) {
      v.status(l.blob, Math.round((l.compressedSize / DOWNLOAD_BPS) * 1000) + 40, { current: l.compressedSize, total: l.compressedSize });
    }
    for (const l of real) v.status(`extracting ${l.blob}`, Math.round((l.size / EXTRACT_BPS) * 1000) + 5);
  }
  v.done();
}
