/**
 * What dockerd keeps under /var/lib/docker, computed from engine state (never stored): per
 * container `containers/<id>/` (config.v2.json, hostconfig.json, hostname, hosts, resolv.conf,
 * <id>-json.log), `volumes/<name>/_data` with the volume's files, `overlay2/<cache id>/` per
 * image layer and container layer, `image/overlay2/` (repositories.json, imagedb, layerdb).
 * Paths are relative to /var/lib/docker; everything is root's.
 */
import { inspectContainer } from '../api/inspect-container';
import { hostOf, type Engine } from '../core/engine';
import { stableHex } from '../core/rng';
import { hostsFile, resolvConf } from '../containers/init-layer';
import type { LayerData, LayerEntry } from '../fs/overlay-data';

export const DOCKER_ROOT = '/var/lib/docker';
export const SECTIONS = ['containers', 'volumes', 'overlay2', 'image'] as const;
export type Section = (typeof SECTIONS)[number];

class Builder {
  readonly layer: LayerData = { entries: {} };
  constructor(private readonly mtime: number) {}
  dir(path: string, mode = 0o710): void {
    const parts = path.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const p = '/' + parts.slice(0, i).join('/');
      this.layer.entries[p] ??= { t: 'd', mode: i === parts.length ? mode : 0o710, uid: 0, gid: 0, mtime: this.mtime };
    }
  }
  file(path: string, data: string, mode = 0o644): void {
    this.dir(path.slice(0, path.lastIndexOf('/')));
    this.layer.entries[path] = { t: 'f', mode, uid: 0, gid: 0, mtime: this.mtime, data };
  }
  put(path: string, e: LayerEntry): void {
    this.dir(path.slice(0, path.lastIndexOf('/')));
    this.layer.entries[path] = e;
  }
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');

function containers(eng: Engine, b: Builder): void {
  b.dir('/containers', 0o710);
  for (const c of Object.values(hostOf(eng).containers)) {
    const d = `/containers/${c.id}`;
    const api = inspectContainer(eng, c);
    const { HostConfig, ...rest } = api;
    b.file(`${d}/config.v2.json`, JSON.stringify({ ...rest, Driver: 'overlay2', LogPath: `${DOCKER_ROOT}${d}/${c.id}-json.log` }), 0o600);
    b.file(`${d}/hostconfig.json`, JSON.stringify(HostConfig), 0o600);
    b.file(`${d}/hostname`, c.config.Hostname + '\n');
    b.file(`${d}/hosts`, hostsFile(c));
    b.file(`${d}/resolv.conf`, resolvConf(c));
    b.file(`${d}/${c.id}-json.log`, c.logs.map((l) => JSON.stringify({ log: l.text.endsWith('\n') ? l.text : l.text + '\n', stream: l.stream, time: iso(l.t) }) + '\n').join(''), 0o640);
    b.dir(`${d}/checkpoints`, 0o700);
    b.dir(`${d}/mounts`, 0o710);
  }
}

function volumes(eng: Engine, b: Builder): void {
  b.dir('/volumes', 0o701);
  b.file('/volumes/metadata.db', '', 0o600);
  b.file('/volumes/backingFsBlockDev', '', 0o600);
  for (const v of Object.values(hostOf(eng).volumes)) {
    b.dir(`/volumes/${v.name}/_data`, 0o755);
    b.layer.entries[`/volumes/${v.name}`]!.mode = 0o701;
    for (const [p, e] of Object.entries(v.data.entries)) if (e.t !== 'w' && p !== '/') b.put(`/volumes/${v.name}/_data${p}`, e);
  }
}

function overlay2(eng: Engine, b: Builder): void {
  const host = hostOf(eng);
  b.dir('/overlay2', 0o710);
  b.dir('/overlay2/l', 0o700);
  const layerDir = (cache: string) => {
    b.dir(`/overlay2/${cache}/diff`, 0o755);
    b.file(`/overlay2/${cache}/link`, stableHex(cache + 'link', 26).toUpperCase());
  };
  for (const id of Object.keys(host.layers)) layerDir(stableHex(id + 'cache'));
  for (const c of Object.values(host.containers)) {
    const layer = stableHex(c.id + 'layer');
    layerDir(layer);
    layerDir(`${layer}-init`);
    b.dir(`/overlay2/${layer}/work`, 0o700);
    if (c.state.Running) b.dir(`/overlay2/${layer}/merged`, 0o755);
  }
}

function image(eng: Engine, b: Builder): void {
  const host = hostOf(eng);
  const repos: Record<string, Record<string, string>> = {};
  for (const [ref, id] of Object.entries(host.refs)) {
    const name = ref.replace(/[:@][^/]*$/, '').replace(/^docker\.io\/(library\/)?/, '');
    (repos[name] ??= {})[ref.replace(/^docker\.io\/(library\/)?/, '')] = id;
  }
  b.file('/image/overlay2/repositories.json', JSON.stringify({ Repositories: repos }), 0o600);
  for (const img of Object.values(host.images)) b.file(`/image/overlay2/imagedb/content/sha256/${img.id.slice(7)}`, JSON.stringify({ architecture: img.architecture, config: img.config, created: iso(img.created), os: img.os }), 0o600);
  b.dir('/image/overlay2/imagedb/metadata/sha256', 0o700);
  for (const id of Object.keys(host.layers)) {
    const d = `/image/overlay2/layerdb/sha256/${id.replace(/^sha256:/, '')}`;
    b.file(`${d}/diff`, id);
    b.file(`${d}/cache-id`, stableHex(id + 'cache'));
  }
}

/** One section of /var/lib/docker as an overlay layer (paths relative to /var/lib/docker). */
export function dockerRootLayer(eng: Engine, section: Section): LayerData {
  const b = new Builder(eng.world.clock);
  ({ containers, volumes, overlay2, image })[section](eng, b);
  return b.layer;
}
