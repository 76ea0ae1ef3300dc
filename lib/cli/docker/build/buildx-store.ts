/**
 * buildx's builder store in the learner's home, as buildx keeps it: one JSON file per builder in
 * `~/.docker/buildx/instances/<name>` and the current one in `~/.docker/buildx/current`. The
 * `default` builder (the docker driver on the default context) is not stored: it is always there.
 * Created builders use the docker-container driver and stay `inactive` (nothing boots BuildKit in
 * the simulator; builds keep going through the daemon's own BuildKit).
 */
import type { FileSystem } from '../../../sim/fs/types';
import { DEFAULT_HOST } from '../context/store';

export const BUILDX_DIR = '/home/learner/.docker/buildx';
const INSTANCES = `${BUILDX_DIR}/instances`;
const CURRENT = `${BUILDX_DIR}/current`;

export interface StoredNode {
  Name: string;
  Endpoint: string;
  Platforms: string[] | null;
}

export interface StoredBuilder {
  Name: string;
  Driver: string;
  Nodes: StoredNode[];
  Dynamic: boolean;
  /** ms since epoch (buildx keeps it in a separate activity file; here beside the rest). */
  LastActivity: number;
}

/** store.ValidateName's pattern (the name is then lower-cased). */
const NAME = /^[a-zA-Z][a-zA-Z0-9._-]*$/;

export class BuildxError extends Error {}

export function validateBuilderName(name: string): string {
  if (!NAME.test(name)) throw new BuildxError(`invalid name ${name}, name needs to start with a letter and may not contain symbols, except ._-`);
  return name.toLowerCase();
}

/** The stored builder, or null when there is no file for it. */
export function readBuilder(fs: FileSystem, name: string): StoredBuilder | null {
  const path = `${INSTANCES}/${name}`;
  if (fs.stat(path)?.type !== 'file') return null;
  try {
    return JSON.parse(fs.readFile(path)) as StoredBuilder;
  } catch {
    return null;
  }
}

/** Stored builders sorted by name (store.Txn.List). */
export function listBuilders(fs: FileSystem): StoredBuilder[] {
  if (fs.stat(INSTANCES)?.type !== 'dir') return [];
  return fs
    .readdir(INSTANCES)
    .map((n) => readBuilder(fs, n))
    .filter((b): b is StoredBuilder => b !== null)
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
}

export function saveBuilder(fs: FileSystem, b: StoredBuilder): void {
  fs.mkdir(INSTANCES, { recursive: true });
  fs.writeFile(`${INSTANCES}/${b.Name}`, JSON.stringify(b));
}

export function removeBuilder(fs: FileSystem, name: string): void {
  fs.rm(`${INSTANCES}/${name}`, { force: true });
  if (currentBuilder(fs) === name) fs.rm(CURRENT, { force: true });
}

/** The current builder's name: a stored one, or `default`. */
export function currentBuilder(fs: FileSystem): string {
  if (fs.stat(CURRENT)?.type !== 'file') return 'default';
  try {
    const cur = JSON.parse(fs.readFile(CURRENT)) as { Name?: string };
    return cur.Name && readBuilder(fs, cur.Name) ? cur.Name : 'default';
  } catch {
    return 'default';
  }
}

/** txn.SetCurrent for the default context's endpoint; `default` goes back to the default builder. */
export function setCurrent(fs: FileSystem, name: string, global: boolean): void {
  fs.mkdir(BUILDX_DIR, { recursive: true });
  fs.writeFile(CURRENT, JSON.stringify({ Key: DEFAULT_HOST, Name: name === 'default' ? '' : name, Global: global }));
}

/** `ERROR: failed to find instance "x": open …: no such file or directory` (use's wording). */
export function missingInstanceFile(name: string): string {
  return `failed to find instance "${name}": open ${INSTANCES}/${name}: no such file or directory`;
}

/** Go's time.Time String() in UTC: `2025-06-10 12:00:00.5 +0000 UTC` (fraction without trailing zeros). */
export function goTimeString(ms: number): string {
  const iso = new Date(ms).toISOString();
  const frac = iso.slice(20, 23).replace(/0+$/, '');
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${frac ? '.' + frac : ''} +0000 UTC`;
}
