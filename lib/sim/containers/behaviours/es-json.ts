/**
 * Elasticsearch's JSON as its REST layer writes it: compact by default, Jackson's pretty printer
 * with `?pretty` (`"key" : value`, two-space indent, `{ }` for an empty object), and doubles
 * always with a fraction (`1.0`, `100.0`) as Java prints them.
 */

/** A Java double: serialised with a decimal point even when whole. */
export class EsFloat {
  constructor(readonly value: number) {}
}

export const float = (n: number) => new EsFloat(n);

function scalar(v: unknown): string {
  if (v instanceof EsFloat) return Number.isInteger(v.value) ? `${v.value}.0` : String(v.value);
  return JSON.stringify(v ?? null);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof EsFloat);

export function compactJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(compactJson).join(',')}]`;
  if (isObject(v)) return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}:${compactJson(x)}`).join(',')}}`;
  return scalar(v);
}

export function prettyJson(v: unknown, indent = ''): string {
  const inner = indent + '  ';
  if (Array.isArray(v)) return v.length === 0 ? '[ ]' : `[\n${v.map((x) => inner + prettyJson(x, inner)).join(',\n')}\n${indent}]`;
  if (isObject(v)) {
    const entries = Object.entries(v);
    if (entries.length === 0) return '{ }';
    return `{\n${entries.map(([k, x]) => `${inner}${JSON.stringify(k)} : ${prettyJson(x, inner)}`).join(',\n')}\n${indent}}`;
  }
  return scalar(v);
}
