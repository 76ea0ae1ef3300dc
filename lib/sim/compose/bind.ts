/**
 * The model as compose-go's types hold it (loader.Transform through mapstructure): a command
 * string split like a shell, environment lists as KEY→value maps (a bare KEY → null), labels as
 * maps, durations printed the Go way, sizes in bytes, health tests as lists, extra hosts as
 * sorted `host=ip` entries. Unknown `x-` keys are kept as extensions.
 */
import { ComposeError } from './errors';
import { isStruct, structFields } from './model-spec';
import { isMap, type Yaml, type YamlMap } from './tree-path';
import { normalizeDuration, ramInBytes, shellSplit } from './units';

function goString(v: Yaml): string {
  if (v === null) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

function toBool(v: Yaml, where: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'True' || v === 'TRUE' || v === '1') return true;
  if (v === 'false' || v === 'False' || v === 'FALSE' || v === '0') return false;
  throw new ComposeError(`${where}: cannot parse ${JSON.stringify(goString(v))} as bool`);
}

function toNumber(v: Yaml, where: string): number {
  const n = typeof v === 'number' ? v : Number(v);
  if (v === null || v === '' || Number.isNaN(n)) throw new ComposeError(`${where}: cannot parse ${JSON.stringify(goString(v))} as a number`);
  return n;
}

function mapEq(v: Yaml): YamlMap {
  const out: YamlMap = {};
  if (isMap(v)) {
    for (const [k, e] of Object.entries(v)) out[k] = e === null ? null : goString(e);
    return out;
  }
  if (!Array.isArray(v)) throw new ComposeError(`unexpected value type ${typeof v} for mapping`);
  for (const s of v) {
    const str = goString(s);
    const eq = str.indexOf('=');
    const k = eq < 0 ? str : str.slice(0, eq);
    if (/\s$/.test(k)) throw new ComposeError(`environment variable ${k} is declared with a trailing space`);
    out[k] = eq < 0 ? null : str.slice(eq + 1);
  }
  return out;
}

function labels(v: Yaml): YamlMap {
  const out: YamlMap = {};
  if (isMap(v)) {
    for (const [k, e] of Object.entries(v)) out[k] = goString(e);
    return out;
  }
  if (Array.isArray(v)) {
    for (const s of v) {
      const str = goString(s);
      const eq = str.indexOf('=');
      out[eq < 0 ? str : str.slice(0, eq)] = eq < 0 ? '' : str.slice(eq + 1);
    }
  }
  return out;
}

function hosts(v: Yaml): string[] {
  const out: string[] = [];
  if (isMap(v)) {
    for (const [host, ip] of Object.entries(v)) for (const i of Array.isArray(ip) ? ip : [ip]) out.push(`${host}=${goString(i)}`);
  } else if (Array.isArray(v)) {
    for (const e of v) {
      const s = goString(e);
      const eq = s.indexOf('=');
      const colon = s.indexOf(':');
      const cut = eq >= 0 ? eq : colon;
      out.push(cut < 0 ? s : `${s.slice(0, cut)}=${s.slice(cut + 1)}`);
    }
  }
  return out.sort();
}

function scalarKind(kind: string, v: Yaml, where: string): Yaml {
  switch (kind) {
    case 'str':
      return goString(v);
    case 'int':
      return Math.trunc(toNumber(v, where));
    case 'float':
      return toNumber(v, where);
    case 'bool':
      return toBool(v, where);
    case 'dur':
      return normalizeDuration(goString(v));
    case 'bytes':
      return typeof v === 'number' ? v : ramInBytes(goString(v));
    case 'strs':
      return Array.isArray(v) ? v.map(goString) : [goString(v)];
    case 'cmd':
      return typeof v === 'string' ? shellSplit(v) : Array.isArray(v) ? v.map(goString) : null;
    case 'mapeq':
      return mapEq(v);
    case 'labels':
      return labels(v);
    case 'hosts':
      return hosts(v);
    case 'test':
      return typeof v === 'string' ? ['CMD-SHELL', v] : Array.isArray(v) ? v.map(goString) : v;
    case 'ulimit':
      return typeof v === 'number' ? { single: v } : v;
    default:
      return v;
  }
}

/** Coerce `v` to a field kind (`*S`, `[S]`, `{S}`, `?k`, `!k` or a scalar kind). */
export function bindKind(kind: string, v: Yaml, where: string): Yaml {
  const k = kind.replace(/^[?!*]/, '');
  if (v === null && (kind.startsWith('{') || k === 'any' || k === 'cmd')) return null;
  if (k.startsWith('[')) {
    const inner = k.slice(1, -1);
    return Array.isArray(v) ? v.map((e, i) => bindKind(inner, e, `${where}[${i}]`)) : v;
  }
  if (k.startsWith('{')) {
    const inner = k.slice(1, -1);
    if (!isMap(v)) return v;
    const out: YamlMap = {};
    for (const [name, e] of Object.entries(v)) out[name] = e === null ? null : bindKind(inner, e, `${where}.${name}`);
    return out;
  }
  if (isStruct(k)) return isMap(v) ? bindStruct(k, v, where) : v === null ? {} : v;
  return scalarKind(k, v, where);
}

export function bindStruct(name: string, v: YamlMap, where: string): YamlMap {
  const out: YamlMap = {};
  for (const f of structFields(name)) {
    if (!(f.key in v)) continue;
    const value = v[f.key]!;
    if (value === null && !f.kind.startsWith('{') && f.kind !== '*any') continue;
    out[f.key] = bindKind(f.kind, value, `${where}.${f.key}`);
  }
  for (const [k, e] of Object.entries(v)) if (k.startsWith('x-')) out[k] = e;
  return out;
}
