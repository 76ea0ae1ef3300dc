/**
 * compose-go's transform.Canonical and SetDefaultValues: short syntaxes become the long ones
 * (`"8080:80"` → `{mode: ingress, target: 80, published: "8080", protocol: tcp}`, volume strings
 * → `{type, source, target, bind|volume}`, `depends_on: [db]` → `{db: {condition:
 * service_started, required: true}}`, `build: .` → `{context: .}`, env_file strings → `{path,
 * required}`…), then the defaults (build context `.`, secret targets, port protocol and mode).
 */
import { ComposeError, type Warn } from './errors';
import { cleanPath, parsePortSpec, parseVolumeSpec } from './parse-specs';
import { isMap, LIST, lookupRule, pattern, pathString, type TreePath, type Yaml, type YamlMap } from './tree-path';

type Transform = (data: Yaml, path: TreePath, warn: Warn | null) => Yaml;

const stringOrList: Transform = (d) => (typeof d === 'string' ? [d] : d);

const fileMount: Transform = (d, p) => {
  if (isMap(d)) return d;
  if (typeof d === 'string') return { source: d };
  throw new ComposeError(`${pathString(p)}: unsupported type`);
};

const keyValue: Transform = (d, p) => {
  if (isMap(d)) return d;
  if (!Array.isArray(d)) throw new ComposeError(`${pathString(p)}: invalid type`);
  const out: YamlMap = {};
  for (const e of d) {
    const s = String(e);
    const eq = s.indexOf('=');
    if (eq < 0) throw new ComposeError(`${pathString(p)}: invalid value ${s}, expected key=value`);
    out[s.slice(0, eq)] = s.slice(eq + 1);
  }
  return out;
};

const dependsOn: Transform = (d, p) => {
  if (Array.isArray(d)) {
    const out: YamlMap = {};
    for (const k of d) out[String(k)] = { condition: 'service_started', required: true };
    return out;
  }
  if (!isMap(d)) throw new ComposeError(`${pathString(p)}: invalid type for depend_on`);
  for (const [name, e] of Object.entries(d)) {
    if (!isMap(e)) throw new ComposeError(`${pathString(p)}.${name}: unsupported value`);
    if (!('condition' in e)) e.condition = 'service_started';
    if (!('required' in e)) e.required = true;
  }
  return d;
};

const envFileValue = (v: Yaml): Yaml => {
  if (typeof v === 'string') return { path: v, required: true };
  if (isMap(v) && !('required' in v)) v.required = true;
  return v;
};

const envFile: Transform = (d, p) => {
  if (typeof d === 'string') return [envFileValue(d)];
  if (Array.isArray(d)) return d.map(envFileValue);
  throw new ComposeError(`${pathString(p)}: invalid type for env_file`);
};

const serviceNetworks: Transform = (d) => {
  if (!Array.isArray(d)) return d;
  const out: YamlMap = {};
  for (const n of d) out[String(n)] = null;
  return out;
};

const volumeMount: Transform = (d, p) => {
  if (isMap(d)) return d;
  if (typeof d !== 'string') throw new ComposeError(`${pathString(p)}: invalid type for service volume mount`);
  const v = parseVolumeSpec(d);
  if (typeof v.target === 'string' && v.target !== '') v.target = cleanPath(v.target);
  return v;
};

const deviceMapping: Transform = (d, p) => {
  if (isMap(d)) return d;
  if (typeof d !== 'string') throw new ComposeError(`${pathString(p)}: invalid type for service volume mount`);
  const arr = d.split(':');
  if (arr.length > 3) throw new ComposeError(`confusing device mapping, please use long syntax: ${d}`);
  const src = arr[0]!;
  return { source: src, target: arr[1] || src, permissions: arr[2] ?? 'rwm' };
};

const ports: Transform = (d, p) => {
  if (!Array.isArray(d)) throw new ComposeError(`${pathString(p)}: invalid type for port`);
  const out: Yaml[] = [];
  for (const e of d) {
    if (typeof e === 'number' || typeof e === 'string') out.push(...(parsePortSpec(String(e)) as unknown as YamlMap[]));
    else if (isMap(e)) out.push(e);
    else throw new ComposeError(`${pathString(p)}: invalid type for port`);
  }
  return out;
};

const build: Transform = (d, p, warn) => {
  if (typeof d === 'string') return { context: d };
  if (isMap(d)) return transformMapping(d, p, warn);
  throw new ComposeError(`${pathString(p)}: invalid type for build`);
};

const extendsT: Transform = (d, p, warn) => {
  if (typeof d === 'string') return { service: d };
  if (isMap(d)) return transformMapping(d, p, warn);
  throw new ComposeError(`${pathString(p)}: invalid type for extends`);
};

const gpus: Transform = (d, p, warn) => {
  if (typeof d === 'string') return [{ count: 'all' }];
  if (Array.isArray(d)) return d.map((e) => transform(e, [...p, LIST], warn));
  throw new ComposeError(`${pathString(p)}: invalid type for gpus`);
};

const maybeExternal: Transform = (d, p, warn) => {
  if (d === null || !isMap(d)) return d;
  const r = transformMapping(d, p, warn);
  const ext = r.external;
  if (isMap(ext)) {
    r.external = true;
    if ('name' in ext) {
      warn?.(`${pathString(p)}: external.name is deprecated. Please set name and external: true`);
      if ('name' in r && r.name !== ext.name) throw new ComposeError(`${pathString(p)}: name and external.name conflict; only use name`);
      if (!('name' in r)) r.name = ext.name!;
    }
  }
  return r;
};

const include: Transform = (d, p) => {
  if (isMap(d)) return d;
  if (typeof d === 'string') return { path: d };
  throw new ComposeError(`${pathString(p)}: invalid type for external`);
};

const service: Transform = (d, p, warn) => (isMap(d) ? transformMapping(d, p, warn) : d);

const TRANSFORMS: ReadonlyArray<readonly [TreePath, Transform]> = (
  [
    ['services.*', service],
    ['services.*.build.secrets.*', fileMount],
    ['services.*.build.additional_contexts', keyValue],
    ['services.*.depends_on', dependsOn],
    ['services.*.env_file', envFile],
    ['services.*.label_file', stringOrList],
    ['services.*.extends', extendsT],
    ['services.*.gpus', gpus],
    ['services.*.networks', serviceNetworks],
    ['services.*.volumes.*', volumeMount],
    ['services.*.dns', stringOrList],
    ['services.*.devices.*', deviceMapping],
    ['services.*.secrets.*', fileMount],
    ['services.*.configs.*', fileMount],
    ['services.*.ports', ports],
    ['services.*.build', build],
    ['services.*.develop.watch.*.ignore', stringOrList],
    ['services.*.develop.watch.*.include', stringOrList],
    ['volumes.*', maybeExternal],
    ['networks.*', maybeExternal],
    ['secrets.*', maybeExternal],
    ['configs.*', maybeExternal],
    ['include.*', include],
  ] as Array<[string, Transform]>
).map(([p, t]) => [pattern(p), t] as const);

function transformMapping(v: YamlMap, p: TreePath, warn: Warn | null): YamlMap {
  for (const k of Object.keys(v)) v[k] = transform(v[k]!, [...p, k], warn);
  return v;
}

function transform(data: Yaml, p: TreePath, warn: Warn | null): Yaml {
  const t = lookupRule(TRANSFORMS, p);
  if (t) return t(data, p, warn);
  if (isMap(data)) return transformMapping(data, p, warn);
  if (Array.isArray(data)) return data.map((e) => transform(e, [...p, LIST], warn));
  return data;
}

export function canonical(model: YamlMap, warn: Warn | null): YamlMap {
  return transform(model, [], warn) as YamlMap;
}

const DEFAULTS: ReadonlyArray<readonly [TreePath, (v: YamlMap) => void]> = (
  [
    ['services.*.build', (v) => void (v.context ??= '.')],
    ['services.*.secrets.*', (v) => void (v.target ??= `/run/secrets/${String(v.source)}`)],
    ['services.*.ports.*', (v) => void ((v.protocol ??= 'tcp'), (v.mode ??= 'ingress'))],
    ['services.*.deploy.resources.reservations.devices.*', (v) => void (!('count' in v) && !('device_ids' in v) && (v.count = 'all'))],
    ['services.*.gpus.*', (v) => void (!('count' in v) && !('device_ids' in v) && (v.count = 'all'))],
  ] as Array<[string, (v: YamlMap) => void]>
).map(([p, f]) => [pattern(p), f] as const);

function defaults(data: Yaml, p: TreePath): void {
  const f = lookupRule(DEFAULTS, p);
  if (f) {
    if (isMap(data)) f(data);
    return;
  }
  if (isMap(data)) for (const k of Object.keys(data)) defaults(data[k]!, [...p, k]);
  else if (Array.isArray(data)) for (const e of data) defaults(e, [...p, LIST]);
}

/** transform.SetDefaultValues (list items match `*` too, as the path uses `[]`). */
export function setDefaultValues(model: YamlMap): YamlMap {
  defaults(model, []);
  return model;
}
