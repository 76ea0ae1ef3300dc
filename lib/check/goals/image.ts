/** `image` goals: a tag in the local store, optionally built, with the configuration asked for. */
import { fromHumanSize, ramInBytes } from '../../cli/format/units';
import { knownBaseImage } from '../../sim/build/index';
import { OverlayFs } from '../../sim/fs/overlay';
import { imageLayers } from '../../sim/images/store';
import type { Engine, HostState, ImageRecord } from '../../sim/index';
import type { GoalOf } from '../spec/types';
import type { Verdict } from './context';
import { parsePortSpec } from './ports';
import { findByRef } from './refs';

type Goal = GoalOf<'image'>;
const code = (s: string) => `\`${s}\``;
const sameList = (a: readonly string[] | null, b: readonly string[]) => (a ?? []).length === b.length && b.every((x, i) => a![i] === x);

/** `200MB` is decimal as `docker images` prints sizes; `200MiB`/`200m` binary. */
function bytes(size: string | number): number {
  if (typeof size === 'number') return size;
  return /i|^\d+(?:\.\d+)?\s*[kmgt]$/i.test(size) ? ramInBytes(size) : fromHumanSize(size);
}

/** The base as the store knows it, or as BuildKit pulled it (builds do not tag their bases). */
function isBasedOn(host: HostState, image: ImageRecord, base: string, eng?: Engine): boolean {
  const from = (eng ? knownBaseImage(eng, base) : undefined) ?? findByRef(host, base);
  if (!from || from.id === image.id || from.layers.length === 0) return false;
  return from.layers.length <= image.layers.length && from.layers.every((l, i) => image.layers[i] === l);
}

function exposes(image: ImageRecord, spec: string): boolean {
  const p = parsePortSpec(spec);
  return !!p && `${p.containerPort}/${p.proto}` in (image.config.ExposedPorts ?? {});
}

function fileVerdict(host: HostState, image: ImageRecord, file: NonNullable<Goal['file']>): Verdict {
  const fs = new OverlayFs(imageLayers(host, image), { writable: false, now: () => image.created });
  const stat = fs.stat(file.path);
  if (!stat || stat.type !== 'file') return `the image has no file ${code(file.path)}`;
  if (file.contains !== undefined && !fs.readFile(file.path).includes(file.contains)) return `${code(file.path)} in the image does not contain ${code(file.contains)}`;
  return null;
}

export function checkImage(host: HostState, g: Goal, eng?: Engine): Verdict {
  const image = findByRef(host, g.ref);
  if (g.state === 'absent') return image ? `${code(g.ref)} is still there` : null;
  if (!image) return `there is no image ${code(g.ref)}`;
  const cfg = image.config;
  const problems: Array<[boolean, string]> = [
    [g.built === true && image.source !== 'build', `${code(g.ref)} was not built here (it was ${image.source === 'pull' ? 'pulled' : image.source})`],
    [g.base !== undefined && !isBasedOn(host, image, g.base, eng), `${code(g.ref)} is not based on ${code(g.base ?? '')}`],
    [g.user !== undefined && cfg.User !== g.user, `${code(g.ref)} runs as ${code(cfg.User || 'root')}`],
    [g.workdir !== undefined && cfg.WorkingDir !== g.workdir, `${code(g.ref)} has working directory ${code(cfg.WorkingDir || '/')}`],
    [!!g.exposes && !g.exposes.every((p) => exposes(image, p)), `${code(g.ref)} does not expose ${(g.exposes ?? []).map(code).join(', ')}`],
    [!!g.cmd && !sameList(cfg.Cmd, g.cmd), `${code(g.ref)} has CMD ${code(JSON.stringify(cfg.Cmd ?? []))}`],
    [!!g.entrypoint && !sameList(cfg.Entrypoint, g.entrypoint), `${code(g.ref)} has ENTRYPOINT ${code(JSON.stringify(cfg.Entrypoint ?? []))}`],
    [Object.entries(g.env ?? {}).some(([k, v]) => !cfg.Env.includes(`${k}=${v}`)), `${code(g.ref)} lacks an ENV the task asks for`],
    [Object.entries(g.labels ?? {}).some(([k, v]) => cfg.Labels?.[k] !== v), `${code(g.ref)} lacks a LABEL the task asks for`],
    [g.healthcheck !== undefined && (!!cfg.Healthcheck && cfg.Healthcheck.Test[0] !== 'NONE') !== g.healthcheck, `${code(g.ref)} ${g.healthcheck ? 'has no' : 'has a'} HEALTHCHECK`],
    [g.maxSize !== undefined && image.size > bytes(g.maxSize), `${code(g.ref)} is bigger than ${code(String(g.maxSize))}`],
  ];
  return problems.find(([failed]) => failed)?.[1] ?? (g.file ? fileVerdict(host, image, g.file) : null);
}
