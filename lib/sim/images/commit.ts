/**
 * docker commit: the container's writable layer becomes a new image layer on top of its image,
 * with the container's config (plus `--change` instructions) and a history entry.
 */
import { hostOf, newId, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { invalid } from '../core/errors';
import { layerSize, type LayerData } from '../fs/overlay-data';
import { requireContainer } from '../containers/names';
import { parseReference, tagNameOnly } from './reference';
import { addImage, setRef } from './store';
import type { ImageConfig, ImageRecord, LayerRecord } from './types';

export interface CommitOptions {
  /** `repo[:tag]` to tag the new image with. */
  reference?: string;
  author?: string;
  message?: string;
  /** Dockerfile instructions (`CMD ["nginx"]`, `ENV A=b`, `EXPOSE 80`…). */
  changes?: string[];
}

const SUPPORTED = ['CMD', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'LABEL', 'ONBUILD', 'USER', 'VOLUME', 'WORKDIR', 'STOPSIGNAL', 'HEALTHCHECK'];

function jsonOrShell(arg: string): string[] {
  const t = arg.trim();
  if (t.startsWith('[')) {
    try {
      const v = JSON.parse(t) as unknown;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    } catch {
      /* shell form below */
    }
  }
  return ['/bin/sh', '-c', t];
}

/** Apply `--change` instructions to a config (the subset docker commit accepts). */
export function applyChanges(config: ImageConfig, changes: readonly string[]): ImageConfig {
  const c: ImageConfig = structuredCopy(config);
  for (const line of changes) {
    const m = /^\s*(\w+)\s+([\s\S]*)$/.exec(line);
    const instr = m?.[1]?.toUpperCase() ?? '';
    const arg = m?.[2] ?? '';
    if (!SUPPORTED.includes(instr)) throw invalid(`${instr.toLowerCase() || line} is not a valid change command`);
    if (instr === 'CMD') c.Cmd = jsonOrShell(arg);
    else if (instr === 'ENTRYPOINT') c.Entrypoint = jsonOrShell(arg);
    else if (instr === 'ENV') {
      for (const kv of arg.includes('=') ? arg.split(/\s+(?=\w+=)/) : [arg.replace(/\s+/, '=')]) {
        const key = kv.split('=')[0]!;
        c.Env = [...c.Env.filter((e) => e.split('=')[0] !== key), kv.replace(/^(\w+)="(.*)"$/, '$1=$2')];
      }
    } else if (instr === 'EXPOSE') for (const p of arg.split(/\s+/)) c.ExposedPorts = { ...(c.ExposedPorts ?? {}), [p.includes('/') ? p : `${p}/tcp`]: {} };
    else if (instr === 'LABEL') for (const kv of arg.split(/\s+(?=[\w.-]+=)/)) c.Labels = { ...(c.Labels ?? {}), [kv.split('=')[0]!]: kv.slice(kv.indexOf('=') + 1).replace(/^"(.*)"$/, '$1') };
    else if (instr === 'USER') c.User = arg.trim();
    else if (instr === 'WORKDIR') c.WorkingDir = arg.trim();
    else if (instr === 'STOPSIGNAL') c.StopSignal = arg.trim();
    else if (instr === 'VOLUME') for (const v of jsonOrShell(arg)[0] === '/bin/sh' ? arg.split(/\s+/) : jsonOrShell(arg)) c.Volumes = { ...(c.Volumes ?? {}), [v]: {} };
  }
  return c;
}

function structuredCopy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

export function commitContainer(eng: Engine, term: string, o: CommitOptions = {}): ImageRecord {
  const host = hostOf(eng);
  const c = requireContainer(eng, term);
  const base = host.images[c.imageId];
  const ref = o.reference ? tagNameOnly(parseReference(o.reference)) : undefined;
  const cc = c.config;
  let config: ImageConfig = {
    User: cc.User,
    ExposedPorts: cc.ExposedPorts,
    Env: [...cc.Env],
    Entrypoint: cc.Entrypoint,
    Cmd: cc.Cmd,
    Volumes: cc.Volumes,
    WorkingDir: cc.WorkingDir,
    Labels: Object.keys(cc.Labels).length ? { ...cc.Labels } : null,
    OnBuild: cc.OnBuild,
    ...(cc.StopSignal ? { StopSignal: cc.StopSignal } : {}),
    ...(cc.Healthcheck ? { Healthcheck: cc.Healthcheck } : {}),
  };
  config = applyChanges(config, o.changes ?? []);
  const data: LayerData = structuredCopy(c.upper);
  const size = layerSize(data);
  const layer: LayerRecord = { id: `sha256:${newId(eng)}`, blob: `sha256:${newId(eng)}`, size, compressedSize: Math.round(size * 0.5), content: { kind: 'data', data } };
  const now = eng.world.clock;
  const image: ImageRecord = {
    id: `sha256:${newId(eng)}`,
    parent: base?.id ?? '',
    comment: o.message ?? '',
    author: o.author ?? '',
    created: now,
    architecture: 'amd64',
    os: 'linux',
    config,
    layers: [...(base?.layers ?? []), layer.id],
    history: [...(base?.history ?? []), { created: now, createdBy: [c.path, ...c.args].join(' '), size, comment: o.message ?? '', emptyLayer: false }],
    size: (base?.size ?? 0) + size,
    source: 'commit',
    lastTagTime: null,
  };
  const stored = addImage(eng, image, [layer]);
  if (ref) setRef(eng, ref, image.id);
  emit(eng.world, eng.host, 'container', 'commit', c.id, { comment: o.message ?? '', image: cc.Image, name: c.name });
  return stored;
}
