/**
 * compose-go's override.EnforceUnicity: in sequences where entries have an identity (ports by
 * `ip:published:target/proto`, volumes by target, environment by key…), a later entry replaces
 * the earlier one in place instead of being listed twice.
 */
import { ComposeError } from './errors';
import { parseVolumeSpec } from './parse-specs';
import { isMap, lookupRule, pattern, pathString, type TreePath, type Yaml } from './tree-path';

type Indexer = (entry: Yaml, path: TreePath) => string;

const keyValue: Indexer = (v, p) => {
  if (typeof v !== 'string') throw new ComposeError(`${pathString(p)}: unexpected type ${goType(v)}`);
  const eq = v.indexOf('=');
  return eq >= 0 ? v.slice(0, eq) : v;
};

function goType(v: Yaml): string {
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return '[]interface {}';
  if (typeof v === 'object') return 'map[string]interface {}';
  return 'string';
}

const volume: Indexer = (v, p) => {
  if (isMap(v)) {
    if (typeof v.target !== 'string') throw new ComposeError(`service volume ${pathString(p)} is missing a mount target`);
    return v.target;
  }
  if (typeof v === 'string') return String(parseVolumeSpec(v).target);
  return '';
};

const device: Indexer = (v, p) => {
  if (isMap(v)) {
    if (typeof v.target !== 'string') throw new ComposeError(`service device ${pathString(p)} is missing a mount target`);
    return v.target;
  }
  if (typeof v === 'string') {
    const parts = v.split(':');
    return parts.length === 1 ? parts[0]! : parts[1]!;
  }
  return '';
};

const expose: Indexer = (v, p) => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v)) return String(v);
  throw new ComposeError(`${pathString(p)}: unsupported expose value ${String(v)}`);
};

const mount =
  (defaultPath: string): Indexer =>
  (v, p) => {
    if (typeof v === 'string') return `${defaultPath}/${v}`;
    if (isMap(v)) return typeof v.target === 'string' ? v.target : `${defaultPath}/${String(v.source)}`;
    throw new ComposeError(`${pathString(p)}: unsupported expose value ${String(v)}`);
  };

const port: Indexer = (v, p) => {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v;
  if (isMap(v)) {
    if (!('target' in v)) throw new ComposeError(`service ports ${pathString(p)} is missing a target port`);
    const published = v.published === undefined ? '%!s(<nil>)' : String(v.published);
    return `${String(v.host_ip ?? '0.0.0.0')}:${published}:${String(v.target)}/${String(v.protocol ?? 'tcp')}`;
  }
  return '';
};

const envFile: Indexer = (v, p) => {
  if (typeof v === 'string') return v;
  if (isMap(v)) {
    if (typeof v.path === 'string') return v.path;
    throw new ComposeError(`environment path attribute ${pathString(p)} is missing`);
  }
  return '';
};

const RULES: ReadonlyArray<readonly [TreePath, Indexer]> = (
  [
    ['networks.*.labels', keyValue],
    ['networks.*.ipam.options', keyValue],
    ['services.*.annotations', keyValue],
    ['services.*.build.args', keyValue],
    ['services.*.build.additional_contexts', keyValue],
    ['services.*.build.platform', keyValue],
    ['services.*.build.tags', keyValue],
    ['services.*.build.labels', keyValue],
    ['services.*.cap_add', keyValue],
    ['services.*.cap_drop', keyValue],
    ['services.*.devices', device],
    ['services.*.configs', mount('')],
    ['services.*.deploy.labels', keyValue],
    ['services.*.dns', keyValue],
    ['services.*.dns_opt', keyValue],
    ['services.*.dns_search', keyValue],
    ['services.*.environment', keyValue],
    ['services.*.env_file', envFile],
    ['services.*.expose', expose],
    ['services.*.labels', keyValue],
    ['services.*.links', keyValue],
    ['services.*.networks.*.aliases', keyValue],
    ['services.*.networks.*.link_local_ips', keyValue],
    ['services.*.ports', port],
    ['services.*.profiles', keyValue],
    ['services.*.secrets', mount('/run/secrets')],
    ['services.*.sysctls', keyValue],
    ['services.*.tmpfs', keyValue],
    ['services.*.volumes', volume],
  ] as Array<[string, Indexer]>
).map(([p, i]) => [pattern(p), i] as const);

function enforce(value: Yaml, path: TreePath): Yaml {
  if (isMap(value)) {
    for (const k of Object.keys(value)) value[k] = enforce(value[k]!, [...path, k]);
    return value;
  }
  if (!Array.isArray(value)) return value;
  const indexer = lookupRule(RULES, path);
  if (!indexer) return value;
  const seq: Yaml[] = [];
  const keys = new Map<string, number>();
  value.forEach((entry, i) => {
    const key = indexer(entry, [...path, `[${i}]`]);
    const j = keys.get(key);
    if (j !== undefined) seq[j] = entry;
    else {
      seq.push(entry);
      keys.set(key, seq.length - 1);
    }
  });
  return seq;
}

export function enforceUnicity<T extends Yaml>(model: T): T {
  return enforce(model, []) as T;
}
