/**
 * docker pull against the simulated registries (the catalog; later a private registry through
 * Runtime.registry). Returns the progress lines the daemon streams, so the CLI can print them in
 * TTY or plain form; writes the image, its layers and its tag + digest references.
 */
import { hostOf, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { EngineError, notFound } from '../core/errors';
import { findRepository, findTag, type CatalogHit } from './catalog/index';
import { materialise, type Materialised } from './catalog/materialise';
import { digestWins, familiarName, familiarString, fullName, fullString, parseReference, tagNameOnly, type ImageRef } from './reference';
import { addImage, setRef } from './store';
import { parsePlatform, platformString, selectPlatform } from './platform';
import type { ImageRecord } from './types';

export interface PullLine {
  /** Layer short id (12 hex), the tag for the "Pulling from" line, '' for status lines. */
  id: string;
  status: string;
  /** For "Downloading"/"Extracting": bytes done and total (compressed for downloads). */
  progress?: { current: number; total: number };
}

export interface PullResult {
  lines: PullLine[];
  image: ImageRecord;
  /** `sha256:…` repository digest. */
  digest: string;
  /** True when the reference already pointed at this image. */
  upToDate: boolean;
  /** `nginx:latest` (familiar form of what was pulled). */
  ref: string;
  /** `docker.io/library/nginx:latest` — the last line `docker pull` prints. */
  canonical: string;
}

/** A registry other than the catalog (private registries, the learner's pushes: lib/sim/registry). */
export interface RemoteRegistry {
  /** null when the repository or tag does not exist; undefined: not here, ask the catalog. */
  fetch(ref: ImageRef): Materialised | null | undefined;
  /** Tags of a repository for `docker pull -a` (undefined: ask the catalog). */
  tags?(ref: ImageRef): string[] | undefined;
}

export interface PullOptions {
  /** `--platform`: another entry of a multi-platform index. */
  platform?: string;
}

/** Registries that exist in the simulated world; others fail DNS. */
const KNOWN_REGISTRIES = new Set(['docker.io', 'gcr.io', 'ghcr.io', 'quay.io', 'docker.elastic.co', 'registry.k8s.io', 'mcr.microsoft.com', 'public.ecr.aws']);

export type RegistryLookup = (eng: Engine, domain: string) => RemoteRegistry | null;

/** Resolve a reference to registry content or throw the daemon's error for it. */
export function fetchManifest(eng: Engine, ref: ImageRef, registry: RegistryLookup | undefined = eng.rt.registry, o: PullOptions = {}): Materialised {
  const remote = registry?.(eng, ref.domain);
  const got = remote?.fetch(ref);
  if (got) {
    const want = o.platform ? parsePlatform(o.platform) : undefined;
    if (want && (want.os !== got.image.os || want.architecture !== got.image.architecture)) {
      throw notFound(`image with reference ${familiarString(ref)} was found but does not match the specified platform: wanted ${platformString(want)}, actual: ${got.image.os}/${got.image.architecture}`);
    }
    return got;
  }
  if (got === null) throw notFound(`manifest for ${familiarString(ref)} not found: manifest unknown: manifest unknown`);
  if (!KNOWN_REGISTRIES.has(ref.domain)) {
    if (ref.domain.startsWith('localhost') || ref.domain.startsWith('127.0.0.1')) {
      const port = ref.domain.split(':')[1] ?? '443';
      throw new EngineError('unknown', `Get "http://${ref.domain}/v2/": dial tcp 127.0.0.1:${port}: connect: connection refused`);
    }
    const host = ref.domain.split(':')[0]!;
    throw new EngineError('unknown', `Get "https://${ref.domain}/v2/": dial tcp: lookup ${host} on 127.0.0.53:53: no such host`);
  }
  const family = findRepository(fullName(ref));
  if (!family) {
    if (ref.domain === 'docker.io') {
      throw new EngineError('unauthorized', `pull access denied for ${familiarName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`);
    }
    throw notFound(`manifest for ${familiarString(ref)} not found: manifest unknown: manifest unknown`);
  }
  let hit: CatalogHit | undefined;
  if (ref.digest) {
    for (const img of family.images) {
      const h = findTag(family, img.tags[0]!)!;
      if (materialise(h).digest === ref.digest) hit = h;
    }
  } else hit = findTag(family, ref.tag ?? 'latest');
  if (!hit) throw notFound(`manifest for ${familiarString(ref)} not found: manifest unknown: manifest unknown`);
  return materialise(hit, selectPlatform(family.repository, o.platform));
}

export function pullImage(eng: Engine, refString: string, registry: RegistryLookup | undefined = eng.rt.registry, o: PullOptions = {}): PullResult {
  const ref = tagNameOnly(digestWins(parseReference(refString)));
  const got = fetchManifest(eng, ref, registry, o);
  const host = hostOf(eng);
  const key = fullString(ref);
  const upToDate = host.refs[key] === got.image.id && host.images[got.image.id] !== undefined;
  // distribution/pull_v2.go announces the pull before it looks at what is local (so also when up to date);
  // a digest reference is named in full (docker.io/library/ubuntu@sha256:…), a tag by itself.
  const lines: PullLine[] = [{ id: ref.digest ? key : (ref.tag ?? 'latest'), status: `Pulling from ${ref.path}` }];
  if (!upToDate) {
    const fresh = got.layers.filter((l) => !host.layers[l.id]);
    const short = (id: string) => id.slice(7, 19);
    for (const l of got.layers) lines.push({ id: short(l.blob), status: host.layers[l.id] ? 'Already exists' : 'Pulling fs layer' });
    fresh.forEach((l, i) => i >= 3 && lines.push({ id: short(l.blob), status: 'Waiting' }));
    for (const l of fresh) {
      lines.push({ id: short(l.blob), status: 'Downloading', progress: { current: Math.round(l.compressedSize / 2), total: l.compressedSize } });
      lines.push({ id: short(l.blob), status: 'Verifying Checksum' });
      lines.push({ id: short(l.blob), status: 'Download complete' });
    }
    for (const l of fresh) {
      lines.push({ id: short(l.blob), status: 'Extracting', progress: { current: l.compressedSize, total: l.compressedSize } });
      lines.push({ id: short(l.blob), status: 'Pull complete' });
    }
  }
  const existing = host.images[got.image.id];
  const image = existing ?? addImage(eng, { ...got.image, created: got.image.created }, got.layers);
  if (!ref.digest) setRef(eng, ref, image.id);
  setRef(eng, { domain: ref.domain, path: ref.path, digest: got.digest }, image.id);
  const shown = familiarString(ref);
  lines.push({ id: '', status: `Digest: ${got.digest}` });
  lines.push({ id: '', status: upToDate ? `Status: Image is up to date for ${shown}` : `Status: Downloaded newer image for ${shown}` });
  emit(eng.world, eng.host, 'image', 'pull', shown, { name: familiarName(ref) });
  return { lines, image, digest: got.digest, upToDate, ref: shown, canonical: fullString(ref) };
}

/** `docker pull -a`: every tag of a catalog repository. */
export function pullAllTags(eng: Engine, refString: string, registry: RegistryLookup | undefined = eng.rt.registry, o: PullOptions = {}): PullResult[] {
  const ref = parseReference(refString);
  if (ref.tag || ref.digest) throw new EngineError('invalidParameter', 'tag can\'t be used with --all-tags/-a');
  const remoteTags = registry?.(eng, ref.domain)?.tags?.(ref);
  if (remoteTags) return remoteTags.map((tag) => pullImage(eng, familiarString({ ...ref, tag }), registry, o));
  const family = findRepository(fullName(ref));
  if (!family) return [pullImage(eng, refString, registry, o)];
  return family.images.map((img) => pullImage(eng, familiarString({ ...ref, tag: img.tags[0]! }), registry, o));
}
