/**
 * A private registry's storage, laid out on its filesystem exactly as Distribution's filesystem
 * driver does under `<rootdirectory>/docker/registry/v2`: content-addressed blobs, and per
 * repository the links to its layers, manifest revisions and tags. Living in the container's
 * filesystem (the `/var/lib/registry` volume) means a named volume keeps pushed images across
 * registry containers, and `docker exec registry ls …` shows the real layout.
 */
import type { FileSystem } from '../fs/types';

export interface RegistryStore {
  fs: FileSystem;
  /** `<rootdirectory>/docker/registry/v2`. */
  root: string;
}

const hex = (digest: string) => digest.replace(/^sha256:/, '');

export function openStore(fs: FileSystem, rootDirectory = '/var/lib/registry'): RegistryStore {
  return { fs, root: `${rootDirectory.replace(/\/$/, '')}/docker/registry/v2` };
}

/** Write a file, creating its directories only when needed (re-pushes rewrite nothing). */
function write(store: RegistryStore, path: string, data: string): void {
  if (read(store, path) === data) return;
  try {
    store.fs.writeFile(path, data);
  } catch {
    store.fs.mkdir(path.slice(0, path.lastIndexOf('/')), { recursive: true });
    store.fs.writeFile(path, data);
  }
}

function read(store: RegistryStore, path: string): string | null {
  try {
    return store.fs.stat(path)?.type === 'file' ? store.fs.readFile(path) : null;
  } catch {
    return null;
  }
}

function list(store: RegistryStore, path: string): string[] {
  try {
    return store.fs.stat(path)?.type === 'dir' ? store.fs.readdir(path) : [];
  } catch {
    return [];
  }
}

const blobPath = (store: RegistryStore, digest: string) => `${store.root}/blobs/sha256/${hex(digest).slice(0, 2)}/${hex(digest)}/data`;
const repoPath = (store: RegistryStore, repo: string) => `${store.root}/repositories/${repo}`;

export function putBlob(store: RegistryStore, digest: string, data: string): void {
  if (read(store, blobPath(store, digest)) === null) write(store, blobPath(store, digest), data);
}

export function getBlob(store: RegistryStore, digest: string): string | null {
  return read(store, blobPath(store, digest));
}

export function linkLayer(store: RegistryStore, repo: string, digest: string): void {
  write(store, `${repoPath(store, repo)}/_layers/sha256/${hex(digest)}/link`, digest);
}

export function hasLayer(store: RegistryStore, repo: string, digest: string): boolean {
  return read(store, `${repoPath(store, repo)}/_layers/sha256/${hex(digest)}/link`) !== null && getBlob(store, digest) !== null;
}

/** Store a manifest (as a blob, a revision of the repository and, with a tag, the tag's current target). */
export function putManifest(store: RegistryStore, repo: string, tag: string | null, digest: string, text: string): void {
  putBlob(store, digest, text);
  const base = repoPath(store, repo);
  write(store, `${base}/_manifests/revisions/sha256/${hex(digest)}/link`, digest);
  if (tag) {
    write(store, `${base}/_manifests/tags/${tag}/current/link`, digest);
    write(store, `${base}/_manifests/tags/${tag}/index/sha256/${hex(digest)}/link`, digest);
  }
  if (!store.fs.stat(`${base}/_uploads`)) store.fs.mkdir(`${base}/_uploads`, { recursive: true });
}

/** A tag or `sha256:` digest of a repository → the manifest's digest and text, or null. */
export function getManifest(store: RegistryStore, repo: string, reference: string): { digest: string; text: string } | null {
  const base = repoPath(store, repo);
  const digest = reference.startsWith('sha256:') ? (read(store, `${base}/_manifests/revisions/sha256/${hex(reference)}/link`) ?? null) : read(store, `${base}/_manifests/tags/${reference}/current/link`);
  if (!digest) return null;
  const text = getBlob(store, digest);
  return text === null ? null : { digest, text };
}

/** Repository names (`tools/alpine`), sorted like the `_catalog` endpoint. */
export function repositories(store: RegistryStore): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of list(store, `${store.root}/repositories${rel ? '/' + rel : ''}`)) {
      if (name === '_manifests') out.push(rel);
      else if (!name.startsWith('_')) walk(rel ? `${rel}/${name}` : name);
    }
  };
  walk('');
  return out.filter(Boolean).sort();
}

/** Tags of a repository (sorted), or null when the repository is unknown. */
export function tags(store: RegistryStore, repo: string): string[] | null {
  if (list(store, `${repoPath(store, repo)}/_manifests`).length === 0) return null;
  return list(store, `${repoPath(store, repo)}/_manifests/tags`);
}

/** Other repositories of this registry that already hold the blob (a push can mount it from them). */
export function repositoriesWithLayer(store: RegistryStore, digest: string): string[] {
  return repositories(store).filter((r) => hasLayer(store, r, digest));
}
