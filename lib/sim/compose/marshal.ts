/**
 * `docker compose config` output: the project marshalled as compose-go's types marshal —
 * struct fields in declaration order with `omitempty`, maps sorted (yaml.v3's order for YAML,
 * byte order for JSON), sizes as strings, durations the Go way, `name:` first — in YAML
 * (Project.MarshalYAML) or JSON (Project.MarshalJSON, two-space indent).
 */
import { encodeYaml, GoFloat, sortYamlKeys, type GoValue } from './go-yaml';
import { isStruct, structFields } from './model-spec';
import type { ComposeProject } from './project';
import { isMap, type Yaml, type YamlMap } from './tree-path';

type Flavour = 'yaml' | 'json';

function sortedKeys(m: object, flavour: Flavour): string[] {
  const keys = Object.keys(m);
  return flavour === 'yaml' ? sortYamlKeys(keys) : keys.sort();
}

function rawValue(v: Yaml, flavour: Flavour): GoValue {
  if (Array.isArray(v)) return v.map((e) => rawValue(e, flavour));
  if (isMap(v)) return new Map(sortedKeys(v, flavour).map((k) => [k, rawValue(v[k]!, flavour)]));
  return v;
}

function isEmpty(v: GoValue): boolean {
  if (v === null || v === false || v === 0 || v === '') return true;
  if (Array.isArray(v)) return v.length === 0;
  if (v instanceof Map) return v.size === 0;
  if (v instanceof GoFloat) return v.value === 0;
  return false;
}

function marshalKind(kind: string, v: Yaml, flavour: Flavour): GoValue {
  if (kind.startsWith('*') || kind.startsWith('?') || kind.startsWith('!')) return marshalKind(kind.slice(1), v, flavour);
  if (kind.startsWith('[')) return Array.isArray(v) ? v.map((e) => marshalKind(kind.slice(1, -1), e, flavour)) : rawValue(v, flavour);
  if (kind.startsWith('{')) {
    if (!isMap(v)) return rawValue(v, flavour);
    const inner = kind.slice(1, -1);
    return new Map(sortedKeys(v, flavour).map((k) => [k, v[k] === null ? null : marshalKind(inner, v[k]!, flavour)]));
  }
  if (isStruct(kind)) return isMap(v) ? marshalStruct(kind, v, flavour) : new Map();
  switch (kind) {
    case 'float':
      return typeof v === 'number' ? new GoFloat(v) : rawValue(v, flavour);
    case 'bytes':
      return typeof v === 'number' ? String(v) : rawValue(v, flavour);
    case 'envfiles':
      return Array.isArray(v) ? v.map((f) => (isMap(f) && f.required !== false ? String(f.path) : rawValue(f, flavour))) : rawValue(v, flavour);
    case 'ulimit':
      if (isMap(v) && typeof v.single === 'number') return v.single;
      return isMap(v) ? new Map([['soft', v.soft ?? 0], ['hard', v.hard ?? 0]] as Array<[string, GoValue]>) : rawValue(v, flavour);
    default:
      return rawValue(v, flavour);
  }
}

function omitted(kind: string, value: GoValue, flavour: Flavour): boolean {
  if (kind.startsWith('!')) return false;
  if (kind.startsWith('*') || kind.startsWith('?')) return value === null;
  if (isStruct(kind)) return flavour === 'yaml' && isEmpty(value);
  if (flavour === 'json' && kind === 'cmd') return false;
  return isEmpty(value);
}

export function marshalStruct(name: string, v: YamlMap, flavour: Flavour): Map<string, GoValue> {
  const out = new Map<string, GoValue>();
  for (const f of structFields(name)) {
    const present = f.key in v && v[f.key] !== undefined;
    if (!present) {
      if (flavour === 'json' && f.kind === 'cmd') out.set(f.key, null);
      else if (flavour === 'json' && isStruct(f.kind)) out.set(f.key, new Map());
      continue;
    }
    const value = v[f.key] === null ? null : marshalKind(f.kind, v[f.key]!, flavour);
    if (!omitted(f.kind, value, flavour)) out.set(f.key, value);
  }
  if (flavour === 'yaml') for (const k of sortYamlKeys(Object.keys(v).filter((k) => k.startsWith('x-')))) out.set(k, rawValue(v[k]!, flavour));
  return out;
}

function projectTree(p: ComposeProject, flavour: Flavour): Map<string, GoValue> {
  const doc = new Map<string, GoValue>();
  doc.set('name', p.name);
  const section = (key: string, items: Record<string, YamlMap>, struct: string, always = false) => {
    if (!always && Object.keys(items).length === 0) return;
    doc.set(key, new Map(sortedKeys(items, flavour).map((k) => [k, marshalStruct(struct, items[k]!, flavour)])));
  };
  section('services', p.services, 'ServiceConfig', true);
  section('networks', p.networks, 'NetworkConfig');
  section('volumes', p.volumes, 'VolumeConfig');
  section('secrets', p.secrets, 'FileObjectConfig');
  section('configs', p.configs, 'FileObjectConfig');
  for (const k of sortYamlKeys(Object.keys(p.extensions))) doc.set(k, rawValue(p.extensions[k]!, flavour));
  return doc;
}

export function marshalProjectYaml(p: ComposeProject): string {
  return encodeYaml(projectTree(p, 'yaml'));
}

function jsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function encodeJson(v: GoValue, indent: string): string {
  if (v === null) return 'null';
  if (v instanceof GoFloat) return String(v.value);
  if (typeof v === 'string') return jsonString(v);
  if (typeof v !== 'object') return String(v);
  const inner = indent + '  ';
  if (Array.isArray(v)) return v.length === 0 ? '[]' : `[\n${v.map((e) => inner + encodeJson(e, inner)).join(',\n')}\n${indent}]`;
  if (v.size === 0) return '{}';
  return `{\n${[...v].map(([k, e]) => `${inner}${jsonString(k)}: ${encodeJson(e, inner)}`).join(',\n')}\n${indent}}`;
}

/** Project.MarshalJSON: a Go map at the top (keys sorted), then structs. */
export function marshalProjectJson(p: ComposeProject): string {
  const tree = projectTree(p, 'json');
  const sorted = new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return encodeJson(sorted, '');
}

/** A raw model (config --no-interpolate): plain maps, sorted keys. */
export function marshalModel(model: YamlMap, flavour: Flavour): string {
  const tree = rawValue(model, flavour) as Map<string, GoValue>;
  return flavour === 'yaml' ? encodeYaml(tree) : encodeJson(tree, '');
}
