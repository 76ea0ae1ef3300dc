/**
 * compose-go's Normalize and ResolveEnvironment: the implicit `default` network (only when a
 * service uses it), build defaults (`context: .`, `dockerfile: Dockerfile`), environment entries
 * without a value taken from the project environment, implicit dependencies (links,
 * `network_mode: service:x`, volumes_from), resource names (`<project>_<key>`, or the key for
 * external ones).
 */
import { isMap, type Yaml, type YamlMap } from './tree-path';
import { cleanPath } from './parse-specs';

type Env = Readonly<Record<string, string>>;

function resolve(v: Yaml, env: Env, keepEmpty: boolean): Yaml {
  if (Array.isArray(v)) {
    const out: Yaml[] = [];
    for (const e of v) {
      if (typeof e !== 'string') continue;
      if (e.includes('=')) out.push(e);
      else if (e in env) out.push(`${e}=${env[e]}`);
      else if (keepEmpty) out.push(e);
    }
    return out;
  }
  if (isMap(v)) {
    const out: YamlMap = {};
    for (const [k, e] of Object.entries(v)) {
      if (e !== null) out[k] = e;
      else if (k in env) out[k] = env[k]!;
      else if (keepEmpty) out[k] = null;
    }
    return out;
  }
  return v;
}

function implicitDependency(dependsOn: YamlMap, name: string, restart: boolean): void {
  if (!(name in dependsOn)) dependsOn[name] = { condition: 'service_started', restart, required: true };
}

function normalizeNetworks(model: YamlMap): void {
  const networks: YamlMap = isMap(model.networks) ? model.networks : {};
  let usesDefault = false;
  const services = isMap(model.services) ? model.services : {};
  for (const s of Object.values(services)) {
    if (!isMap(s) || 'network_mode' in s) continue;
    const n = s.networks;
    if (!isMap(n) || Object.keys(n).length === 0) {
      s.networks = { default: null };
      usesDefault = true;
    } else if ('default' in n) usesDefault = true;
  }
  if (!('default' in networks) && usesDefault) networks.default = null;
  if (Object.keys(networks).length > 0) model.networks = networks;
}

function normalizeService(s: YamlMap, env: Env): void {
  if (s.pull_policy === 'if_not_present') s.pull_policy = 'missing';
  if (isMap(s.build)) {
    const b = s.build;
    if (b.context === undefined || b.context === null) b.context = '.';
    if ((b.dockerfile === undefined || b.dockerfile === null) && (b.dockerfile_inline === undefined || b.dockerfile_inline === null)) b.dockerfile = 'Dockerfile';
    if (b.args !== undefined) b.args = resolve(b.args, env, false);
  }
  if (s.environment !== undefined) s.environment = resolve(s.environment, env, true);
  const dependsOn: YamlMap = isMap(s.depends_on) ? s.depends_on : {};
  if (Array.isArray(s.links)) {
    for (const l of s.links) {
      const parts = String(l).split(':');
      implicitDependency(dependsOn, parts.length === 2 ? parts[0]! : String(l), true);
    }
  }
  for (const ns of ['network_mode', 'ipc', 'pid', 'uts', 'cgroup']) {
    const ref = s[ns];
    if (typeof ref === 'string' && ref.startsWith('service:')) implicitDependency(dependsOn, ref.slice(8), true);
  }
  if (Array.isArray(s.volumes)) for (const v of s.volumes) if (isMap(v) && typeof v.target === 'string') v.target = cleanPath(v.target);
  if (Array.isArray(s.volumes_from)) {
    for (const v of s.volumes_from) {
      const spec = String(v);
      if (!spec.startsWith('container:')) implicitDependency(dependsOn, spec.split(':')[0]!, false);
    }
  }
  if (Object.keys(dependsOn).length > 0) s.depends_on = dependsOn;
}

function setNameFromKey(model: YamlMap): void {
  for (const kind of ['networks', 'volumes', 'configs', 'secrets']) {
    const top = model[kind];
    if (!isMap(top)) continue;
    for (const [key, r] of Object.entries(top)) {
      const resource: YamlMap = isMap(r) ? r : {};
      if (resource.name === undefined || resource.name === null) {
        const external = resource.external === true || resource.external === 'true';
        resource.name = external ? key : `${String(model.name)}_${key}`;
      }
      top[key] = resource;
    }
  }
}

export function normalize(model: YamlMap, env: Env): YamlMap {
  normalizeNetworks(model);
  if (isMap(model.services)) for (const s of Object.values(model.services)) if (isMap(s)) normalizeService(s, env);
  setNameFromKey(model);
  return model;
}

/** ResolveEnvironment: bare `KEY` list entries take the project environment's value. */
export function resolveEnvironment(model: YamlMap, env: Env): void {
  if (isMap(model.services)) {
    for (const s of Object.values(model.services)) {
      if (!isMap(s) || !Array.isArray(s.environment)) continue;
      s.environment = s.environment.filter((e): e is string => typeof e === 'string').map((e) => (e in env ? `${e}=${env[e]}` : e));
    }
  }
  for (const kind of ['secrets', 'configs'] as const) {
    const top = model[kind];
    if (!isMap(top)) continue;
    for (const r of Object.values(top)) {
      if (!isMap(r) || typeof r.environment !== 'string' || !(r.environment in env)) continue;
      if (kind === 'secrets') r['x-#value'] = env[r.environment]!;
      else r.content = env[r.environment]!;
    }
  }
}
