/**
 * kubectl's JSONPath templates (k8s.io/client-go/util/jsonpath), the commonly used part:
 * `{.a.b}`, `{.items[*].metadata.name}`, indexes and slices, `['key.with.dots']`, `..name`,
 * filters `[?(@.type=="Ready")]`, `{range …}…{end}`, string literals `{"\n"}`. Several results
 * print separated by spaces; maps and lists print as JSON.
 */
import { ExpectedError } from '../../../expected-error';
import { goJsonMarshal } from '../../format/go-json';
import { asGoMaps } from './json';

export class JsonPathError extends ExpectedError {}

type Node = { kind: 'text'; text: string } | { kind: 'expr'; path: string } | { kind: 'range'; path: string; body: Node[] };

function tokenize(template: string): string[] {
  const parts: string[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      parts.push(template.slice(i));
      break;
    }
    if (open > i) parts.push(template.slice(i, open));
    let depth = 0;
    let j = open;
    let quote: string | null = null;
    for (; j < template.length; j++) {
      const ch = template[j]!;
      if (quote) {
        if (ch === '\\') j++;
        else if (ch === quote) quote = null;
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) break;
    }
    if (j >= template.length) throw new JsonPathError(`unclosed action`);
    parts.push(template.slice(open, j + 1));
    i = j + 1;
  }
  return parts;
}

function parse(parts: string[], pos: { i: number }, inRange: boolean): Node[] {
  const out: Node[] = [];
  while (pos.i < parts.length) {
    const p = parts[pos.i++]!;
    if (!p.startsWith('{')) {
      out.push({ kind: 'text', text: p });
      continue;
    }
    const inner = p.slice(1, -1).trim();
    if (inner === 'end') {
      if (!inRange) throw new JsonPathError('not in range, nothing to end');
      return out;
    }
    if (inner.startsWith('range ')) out.push({ kind: 'range', path: inner.slice(6).trim(), body: parse(parts, pos, true) });
    else if (/^"(.*)"$/s.test(inner)) out.push({ kind: 'text', text: JSON.parse(inner) as string });
    else out.push({ kind: 'expr', path: inner });
  }
  if (inRange) throw new JsonPathError('unclosed range');
  return out;
}

function steps(path: string): string[] {
  const out: string[] = [];
  let s = path.startsWith('$') ? path.slice(1) : path;
  while (s.length) {
    if (s.startsWith('..')) {
      const m = /^\.\.([\w-]+)/.exec(s);
      out.push('..' + (m?.[1] ?? ''));
      s = s.slice(2 + (m?.[1]?.length ?? 0));
    } else if (s.startsWith('.')) {
      const m = /^\.([\w-]*)/.exec(s)!;
      if (m[1]) out.push(m[1]);
      s = s.slice(m[0].length);
    } else if (s.startsWith('[')) {
      let depth = 0;
      let j = 0;
      for (; j < s.length; j++) {
        if (s[j] === '[') depth++;
        if (s[j] === ']' && --depth === 0) break;
      }
      out.push(s.slice(0, j + 1));
      s = s.slice(j + 1);
    } else throw new JsonPathError(`unrecognized character in action: U+${s.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${s[0]}'`);
  }
  return out;
}

function filter(items: unknown[], expr: string): unknown[] {
  const m = /^\?\(@\.([\w.-]+)\s*(==|!=|<|>|<=|>=)\s*(.+)\)$/.exec(expr) ?? /^\?\(@\.([\w.-]+)\)$/.exec(expr);
  if (!m) throw new JsonPathError(`unrecognized filter ${expr}`);
  const [, field, op, raw] = m;
  const get = (x: unknown) => field!.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), x);
  if (!op) return items.filter((x) => get(x) !== undefined);
  const want = /^["'](.*)["']$/.exec(raw!.trim())?.[1] ?? Number(raw);
  return items.filter((x) => {
    const v = get(x) as string | number;
    switch (op) {
      case '==': return v === want || String(v) === String(want);
      case '!=': return String(v) !== String(want);
      case '<': return v < want;
      case '>': return v > want;
      case '<=': return v <= want;
      default: return v >= want;
    }
  });
}

function descend(values: unknown[], step: string): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (step.startsWith('..')) {
      const key = step.slice(2);
      const walk = (x: unknown) => {
        if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === 'object') {
          for (const [k, y] of Object.entries(x)) {
            if (k === key) out.push(y);
            walk(y);
          }
        }
      };
      walk(v);
    } else if (step.startsWith('[')) {
      const inner = step.slice(1, -1);
      if (/^['"]/.test(inner)) {
        if (v && typeof v === 'object') out.push((v as Record<string, unknown>)[inner.slice(1, -1)]);
        continue;
      }
      const list = Array.isArray(v) ? v : v && typeof v === 'object' ? Object.values(v) : [];
      if (inner === '*') out.push(...list);
      else if (inner.startsWith('?')) out.push(...filter(list, inner));
      else if (/^-?\d*:-?\d*$/.test(inner)) {
        const [a, b] = inner.split(':').map((x) => (x === '' ? undefined : Number(x)));
        out.push(...list.slice(a, b));
      } else if (/^-?\d+$/.test(inner)) {
        const n = Number(inner);
        const x = list[n < 0 ? list.length + n : n];
        if (x === undefined) throw new JsonPathError(`array index out of bounds: index ${n}, length ${list.length}`);
        out.push(x);
      } else throw new JsonPathError(`invalid array index ${inner}`);
    } else if (v && typeof v === 'object' && !Array.isArray(v)) {
      const x = (v as Record<string, unknown>)[step];
      if (x !== undefined) out.push(x);
    } else if (Array.isArray(v) && step === '*') out.push(...v);
  }
  return out;
}

function evalPath(data: unknown, path: string, missingOk: boolean): unknown[] {
  if (path === '' || path === '@' || path === '.') return [data];
  let values = [data];
  for (const s of steps(path.startsWith('@') ? path.slice(1) : path)) values = descend(values, s);
  if (values.length === 0 && !missingOk) throw new JsonPathError(`${path.replace(/^\./, '')} is not found`);
  return values;
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return goJsonMarshal(asGoMaps(v));
  return String(v);
}

function run(nodes: Node[], data: unknown, missingOk: boolean): string {
  let out = '';
  for (const n of nodes) {
    if (n.kind === 'text') out += n.text;
    else if (n.kind === 'expr') out += evalPath(data, n.path, missingOk).map(show).join(' ');
    else for (const item of evalPath(data, n.path, missingOk)) out += run(n.body, item, missingOk);
  }
  return out;
}

/** Execute a kubectl JSONPath template (allowMissingKeys as --allow-missing-template-keys). */
export function jsonPath(template: string, data: unknown, allowMissingKeys = true): string {
  const nodes = parse(tokenize(template), { i: 0 }, false);
  return run(nodes, data, allowMissingKeys);
}
