/**
 * How JS values behave as Go values inside templates.
 *  - string, number (integer → int, else float64), boolean, null (nil), arrays (slices);
 *  - `Map` and plain objects are Go maps (field access = key lookup, range in sorted key order);
 *  - objects marked with GO_TYPE (see goStruct) are structs: missing fields are errors, function
 *    properties are methods (`{{.Label "x"}}`), `%v` prints `{v1 v2}`;
 *  - NO_VALUE is Go's invalid reflect.Value (a missing map key), printed `<no value>`.
 */
import { formatValue, goTypeName as fmtTypeName } from '../go-fmt';

export const GO_TYPE: unique symbol = Symbol.for('dockerlings.goType');
export const NO_VALUE: unique symbol = Symbol.for('dockerlings.noValue');
export type NoValue = typeof NO_VALUE;
/** A nil pointer held in a struct field (prints `<nil>`, unlike a nil from a map, `<no value>`). */
export const NIL_PTR: unique symbol = Symbol.for('dockerlings.nilPointer');

/**
 * A map field of a typed Go value (`Config.Labels map[string]string`) in docker inspect's first,
 * typed execution, which runs with the default missingkey: a missing key is `<no value>` even
 * where the raw-map fallback would fail (see format/inspect.ts).
 */
export const TYPED_MAP: unique symbol = Symbol.for('dockerlings.typedMap');

export function markTypedMap<T extends object>(obj: T): T {
  Object.defineProperty(obj, TYPED_MAP, { value: true, enumerable: false });
  return obj;
}

export const isNil = (v: unknown): boolean => v === null || v === undefined || v === NO_VALUE || v === NIL_PTR;

/** Mark `obj` as a Go struct of type `typeName` (e.g. `types.ContainerState`). */
export function goStruct<T extends object>(obj: T, typeName: string): T {
  Object.defineProperty(obj, GO_TYPE, { value: typeName, enumerable: false });
  return obj;
}

export function structType(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const t = (v as { [GO_TYPE]?: unknown })[GO_TYPE];
  return typeof t === 'string' ? t : undefined;
}

/** A Go map: a JS Map, or a plain object that is not marked as a struct. */
export function isGoMap(v: unknown): v is Map<unknown, unknown> | Record<string, unknown> {
  if (v instanceof Map) return true;
  return typeof v === 'object' && v !== null && !Array.isArray(v) && structType(v) === undefined;
}

export function mapKeys(v: Map<unknown, unknown> | Record<string, unknown>): string[] {
  const keys = v instanceof Map ? [...v.keys()].map(String) : Object.keys(v);
  return keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function mapGet(v: Map<unknown, unknown> | Record<string, unknown>, key: string): unknown {
  if (v instanceof Map) return v.has(key) ? v.get(key) : NO_VALUE;
  return Object.prototype.hasOwnProperty.call(v, key) && v[key] !== undefined ? v[key] : NO_VALUE;
}

/** Go's type name for messages (`int`, `[]interface {}`, `*formatter.ContainerContext`). */
export function goTypeOf(v: unknown): string {
  if (v === NO_VALUE) return '<nil>';
  if (v === null || v === undefined || v === NIL_PTR) return 'interface {}';
  const st = structType(v);
  if (st) return st;
  if (Array.isArray(v)) return '[]interface {}';
  if (typeof v === 'function') return 'func()';
  return fmtTypeName(v);
}

/** Go's isTrue (for if/with/and/or/not). */
export function truth(v: unknown): boolean {
  if (isNil(v)) return false;
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'boolean') return v;
  if (v instanceof Map) return v.size > 0;
  if (isGoMap(v)) return Object.keys(v).length > 0;
  return true;
}

function structFields(v: object): unknown[] {
  return Object.keys(v)
    .filter((k) => typeof (v as Record<string, unknown>)[k] !== 'function')
    .map((k) => (v as Record<string, unknown>)[k]);
}

/** What `{{.X}}` prints: fmt.Print of the value, `<no value>` for a missing one. */
export function printValue(v: unknown): string {
  if (v === NO_VALUE) return '<no value>';
  if (v === undefined || v === NIL_PTR) return '<nil>';
  if (typeof v === 'object' && v !== null && typeof (v as { goString?: unknown }).goString === 'function') return (v as { goString(): string }).goString();
  if (Array.isArray(v)) return '[' + v.map(printValue).join(' ') + ']';
  if (v instanceof Map || isGoMap(v)) {
    const m = v as Map<unknown, unknown> | Record<string, unknown>;
    return 'map[' + mapKeys(m).map((k) => `${k}:${printValue(mapGet(m, k) === NO_VALUE ? null : mapGet(m, k))}`).join(' ') + ']';
  }
  if (structType(v) !== undefined) return '{' + structFields(v as object).map(printValue).join(' ') + '}';
  return formatValue(v);
}
