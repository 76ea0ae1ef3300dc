/**
 * docker push, as dockerd's distribution pusher streams it: "The push refers to repository [...]",
 * the local tag checks, the registry ping, per layer (topmost first) Preparing / Waiting and then
 * Pushed, Layer already exists or Mounted from <repo>, and `<tag>: digest: sha256:… size: N`.
 * Failures after the stream started (unknown tag, refused connection, access denied) come back as
 * `error` (the CLI prints it after the lines, exit 1), not as thrown daemon errors.
 */
import { hostOf, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { familiarName, familiarString, fullName, fullString, parseReference, type ImageRef } from '../images/reference';
import { setRef } from '../images/store';
import type { ImageRecord, LayerRecord } from '../images/types';
import { hasLayer, linkLayer, putBlob, putManifest, repositoriesWithLayer } from './layout';
import { locateRegistry, type Located } from './locate';
import { buildManifest } from './manifest';
import { publicRepoHasLayer, putPublic } from './public';

export interface PushLine {
  /** Layer short id (12 hex of the diff id), '' for messages. */
  id: string;
  status: string;
}

export interface PushResult {
  lines: PushLine[];
  /** The in-stream error the client prints last (exit status 1). */
  error?: string;
}

/** Who the client says it is (from ~/.docker/config.json), if logged in to that registry. */
export interface PushAuth {
  username: string;
}

/** dockerd's maxConcurrentUploads: further layers wait. */
const CONCURRENT_UPLOADS = 5;
const short = (id: string) => id.replace(/^sha256:/, '').slice(0, 12);

function accessError(domain: string): string {
  return domain === 'docker.io' ? 'denied: requested access to the resource is denied' : 'unauthorized: authentication required';
}

/** The repositories this layer was pulled from on the same registry (dockerd's v2 metadata). */
function pulledFrom(eng: Engine, layerId: string, domain: string): string | undefined {
  for (const img of Object.values(hostOf(eng).images)) {
    if (!img.catalog || !img.layers.includes(layerId)) continue;
    const ref = parseReference(img.catalog.repository);
    if (ref.domain === domain) return ref.path;
  }
  return undefined;
}

function layerStatus(eng: Engine, target: Exclude<Located, { kind: 'unreachable' }>, path: string, layer: LayerRecord): string {
  if (target.kind === 'private') {
    if (hasLayer(target.store, path, layer.blob)) return 'Layer already exists';
    const from = repositoriesWithLayer(target.store, layer.blob)[0];
    return from ? `Mounted from ${from}` : 'Pushed';
  }
  if (publicRepoHasLayer(eng.world, target.domain, path, layer)) return 'Layer already exists';
  const from = pulledFrom(eng, layer.id, target.domain);
  return from && from !== path ? `Mounted from ${from}` : 'Pushed';
}

function pushTag(eng: Engine, target: Exclude<Located, { kind: 'unreachable' }>, ref: ImageRef, image: ImageRecord, out: PushResult, auth: PushAuth | null): boolean {
  const host = hostOf(eng);
  const layers = image.layers.map((id) => host.layers[id]).filter((l): l is LayerRecord => !!l).reverse();
  for (const l of layers) out.lines.push({ id: short(l.id), status: 'Preparing' });
  layers.slice(CONCURRENT_UPLOADS).forEach((l) => out.lines.push({ id: short(l.id), status: 'Waiting' }));
  if (target.kind === 'public' && (!auth || !ref.path.startsWith(`${auth.username.toLowerCase()}/`))) {
    out.error = accessError(target.domain);
    return false;
  }
  for (const l of layers) out.lines.push({ id: short(l.id), status: layerStatus(eng, target, ref.path, l) });
  const built = buildManifest(image, [...layers].reverse());
  if (target.kind === 'private') {
    for (const b of built.blobs) putBlob(target.store, b.digest, b.data);
    for (const l of layers) linkLayer(target.store, ref.path, l.blob);
    putManifest(target.store, ref.path, ref.tag!, built.digest, built.text);
  } else putPublic(eng.world, target.domain, ref.path, ref.tag!, built.digest, built.text, built.blobs);
  out.lines.push({ id: '', status: `${ref.tag}: digest: ${built.digest} size: ${built.text.length}` });
  setRef(eng, { domain: ref.domain, path: ref.path, digest: built.digest }, image.id);
  emit(eng.world, eng.host, 'image', 'push', familiarString(ref), { name: familiarString(ref) });
  return true;
}

/** Push one tag (`ref` with a tag) or, for a name-only reference (`--all-tags`), every local tag of it. */
export function pushImage(eng: Engine, refString: string, o: { auth?: PushAuth | null } = {}): PushResult {
  const ref = parseReference(refString);
  const host = hostOf(eng);
  const out: PushResult = { lines: [{ id: '', status: `The push refers to repository [${fullName(ref)}]` }] };
  const sameName = Object.keys(host.refs).sort().map((k) => parseReference(k)).filter((r) => r.domain === ref.domain && r.path === ref.path);
  if (sameName.length === 0) return { ...out, error: `An image does not exist locally with the tag: ${familiarName(ref)}` };
  let toPush: ImageRef[];
  if (ref.tag) {
    if (!host.refs[fullString(ref)]) return { ...out, error: `tag does not exist: ${familiarString(ref)}` };
    toPush = [ref];
  } else if (ref.digest) return { ...out, error: 'cannot push a digest reference' };
  else {
    toPush = sameName.filter((r) => r.tag && !r.digest);
    if (toPush.length === 0) return { ...out, error: `no tags to push for ${familiarName(ref)}` };
  }
  const located = locateRegistry(eng, ref.domain);
  if (located.kind === 'unreachable') return { ...out, error: located.error };
  for (const t of toPush) {
    const image = host.images[host.refs[fullString(t)]!]!;
    if (!pushTag(eng, located, t, image, out, o.auth ?? null)) break;
  }
  return out;
}

