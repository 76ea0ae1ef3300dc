/**
 * Images minikube brings itself rather than pulling from the simulated Hub: the kicbase node image
 * (on the learner's Docker, `minikube start` "Pulling base image") and the pause image the node's
 * runtime uses for service endpoints. Added through the image store seam (addImage/setRef).
 */
import type { Engine } from '../core/engine';
import { stableHex } from '../core/rng';
import { addImage, findImage, setRef } from '../images/store';
import { parseReference } from '../images/reference';
import type { ImageConfig, ImageRecord, LayerRecord } from '../images/types';
import type { LayerData } from '../fs/overlay-data';

export const KICBASE_REF = 'gcr.io/k8s-minikube/kicbase:v0.0.47';
export const PAUSE_REF = 'registry.k8s.io/pause:3.10';

interface Synthetic {
  ref: string;
  created: string;
  size: number;
  config: Partial<ImageConfig>;
  /** Layers: a catalog root filesystem, or literal files. */
  rootfs: Array<{ catalog: string } | { data: LayerData }>;
}

const KICBASE: Synthetic = {
  ref: KICBASE_REF,
  created: '2025-05-20T17:15:00Z',
  size: 1_310_000_000,
  config: { Entrypoint: ['/usr/local/bin/entrypoint', '/sbin/init'], Env: ['container=docker', 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], ExposedPorts: { '22/tcp': {} } },
  rootfs: [{ catalog: 'ubuntu' }, { data: files({ '/usr/local/bin/entrypoint': 2_560, '/usr/bin/dockerd': 52_000_000, '/usr/bin/kubelet': 0 }) }],
};

const PAUSE: Synthetic = {
  ref: PAUSE_REF,
  created: '2024-05-08T00:00:00Z',
  size: 736_000,
  config: { Entrypoint: ['/pause'], User: '65535:65535' },
  rootfs: [{ data: files({ '/pause': 736_000 }) }],
};

/** Executable files (declared sizes, no content) with their parent directories. */
function files(sizes: Record<string, number>): LayerData {
  const entries: LayerData['entries'] = {};
  for (const [path, size] of Object.entries(sizes)) {
    const parts = path.split('/').slice(1, -1);
    for (let i = 1; i <= parts.length; i++) entries['/' + parts.slice(0, i).join('/')] = { t: 'd', mode: 0o755, uid: 0, gid: 0, mtime: 0 };
    entries[path] = { t: 'f', mode: 0o755, uid: 0, gid: 0, mtime: 0, size };
  }
  return { entries };
}

function records(s: Synthetic): { image: ImageRecord; layers: LayerRecord[] } {
  const created = Date.parse(s.created);
  const layers: LayerRecord[] = s.rootfs.map((r, i) => ({
    id: `sha256:${stableHex(`${s.ref}#diff${i}`)}`,
    blob: `sha256:${stableHex(`${s.ref}#blob${i}`)}`,
    size: i === 0 ? s.size : 0,
    compressedSize: i === 0 ? Math.round(s.size * 0.38) : 32,
    content: 'catalog' in r ? { kind: 'catalog', key: r.catalog } : { kind: 'data', data: r.data },
  }));
  const config: ImageConfig = { User: '', ExposedPorts: null, Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Entrypoint: null, Cmd: null, Volumes: null, WorkingDir: '', Labels: null, OnBuild: null, ...s.config };
  const image: ImageRecord = {
    id: `sha256:${stableHex(s.ref + '#config')}`,
    parent: '',
    comment: '',
    author: '',
    created,
    architecture: 'amd64',
    os: 'linux',
    config,
    layers: layers.map((l) => l.id),
    history: layers.map((l, i) => ({ created, createdBy: i === 0 ? `ADD rootfs / # ${s.ref}` : 'COPY entrypoint /usr/local/bin/entrypoint # buildkit', size: l.size, comment: '', emptyLayer: false })),
    size: s.size,
    source: 'pull',
    lastTagTime: null,
  };
  return { image, layers };
}

function ensure(eng: Engine, s: Synthetic): boolean {
  if (findImage(eng, s.ref)) return false;
  const { image, layers } = records(s);
  addImage(eng, image, layers);
  setRef(eng, parseReference(s.ref), image.id);
  const name = s.ref.slice(0, s.ref.lastIndexOf(':'));
  setRef(eng, parseReference(`${name}@sha256:${stableHex(s.ref + '#digest')}`), image.id);
  return true;
}

/** Put the kicbase image on the learner's Docker; true when it was not there yet (a download). */
export function ensureKicbase(eng: Engine): boolean {
  return ensure(eng, KICBASE);
}

export function ensurePause(node: Engine): void {
  ensure(node, PAUSE);
}
