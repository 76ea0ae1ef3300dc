/**
 * Strict decoding as the API server does with fieldValidation=Strict: the first type mismatch is
 * a json unmarshal error; otherwise every unknown field is listed (`unknown field "spec.replica"`).
 */
import type { FieldType, StructType } from './types';

export type DecodeProblem = { kind: 'type'; message: string } | { kind: 'unknown'; fields: string[] };

function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return 'number';
  return typeof v;
}

function goType(t: FieldType): string {
  if (typeof t === 'string') return { string: 'string', int32: 'int32', int64: 'int64', bool: 'bool', intstr: 'intstr.IntOrString', quantity: 'resource.Quantity', any: 'interface {}', time: 'v1.Time' }[t];
  if ('list' in t) return `[]${goType(t.list)}`;
  if ('map' in t) return `map[string]${goType(t.map)}`;
  return `v1.${t.go}`;
}

export function decodeStrict(root: StructType, obj: Record<string, unknown>): DecodeProblem | null {
  const unknown: string[] = [];
  let typeError: string | null = null;
  const mismatch = (path: string, parent: string, v: unknown, t: FieldType) => {
    typeError ??= `json: cannot unmarshal ${jsonKind(v)} into Go struct field ${parent}.${path.replace(/\[\d+\]/g, '')} of type ${goType(t).replace(/^v1\./, 'v1.')}`;
  };
  const walk = (t: FieldType, v: unknown, path: string, parent: string): void => {
    if (v === null || v === undefined) return;
    if (typeof t === 'string') {
      const k = jsonKind(v);
      const ok =
        t === 'any' ||
        (t === 'string' && k === 'string') ||
        (t === 'time' && k === 'string') ||
        ((t === 'int32' || t === 'int64') && k === 'number' && Number.isInteger(v)) ||
        (t === 'bool' && k === 'boolean') ||
        (t === 'intstr' && (k === 'string' || (k === 'number' && Number.isInteger(v)))) ||
        (t === 'quantity' && (k === 'string' || k === 'number'));
      if (!ok) mismatch(path, parent, v, t);
      return;
    }
    if ('list' in t) {
      if (!Array.isArray(v)) return mismatch(path, parent, v, t);
      v.forEach((x, i) => walk(t.list, x, `${path}[${i}]`, parent));
      return;
    }
    if ('map' in t) {
      if (jsonKind(v) !== 'object') return mismatch(path, parent, v, t);
      for (const [k, x] of Object.entries(v as Record<string, unknown>)) walk(t.map, x, `${path}.${k}`, parent);
      return;
    }
    if (jsonKind(v) !== 'object') return mismatch(path, parent, v, t);
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const sub = `${path ? path + '.' : ''}${k}`;
      const ft = t.fields[k];
      if (!ft) unknown.push(sub);
      else walk(ft, x, sub, t.go);
    }
  };
  walk(root, obj, '', root.go);
  if (typeError) return { kind: 'type', message: typeError };
  return unknown.length ? { kind: 'unknown', fields: unknown } : null;
}
