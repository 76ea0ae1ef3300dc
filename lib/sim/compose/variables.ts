/**
 * compose-go's template.ExtractVariables, for `docker compose config --variables`: every
 * `${VAR…}` of the raw model with its default (`:-`/`-`), alternate value (`:+`/`+`) and whether
 * it is required (`:?`/`?`), nested defaults included.
 */
import { firstClosingBrace } from './template';
import { isMap, type Yaml } from './tree-path';

export interface Variable {
  name: string;
  defaultValue: string;
  presenceValue: string;
  required: boolean;
}

const NAME_CHAR = /[A-Za-z0-9_]/;

function extract(value: string, out: Map<string, Variable>): void {
  let i = 0;
  while ((i = value.indexOf('$', i)) >= 0) {
    const c = value[i + 1];
    if (c === '$') {
      i += 2;
      continue;
    }
    let body: string;
    let next: number;
    if (c === '{') {
      const close = firstClosingBrace(value.slice(i));
      if (close < 0) {
        i++;
        continue;
      }
      body = value.slice(i + 2, i + close);
      next = i + close + 1;
    } else if (c !== undefined && /[_A-Za-z]/.test(c)) {
      let j = i + 1;
      while (j < value.length && NAME_CHAR.test(value[j]!)) j++;
      body = value.slice(i + 1, j);
      next = j;
    } else {
      i++;
      continue;
    }
    let k = 0;
    while (k < body.length && NAME_CHAR.test(body[k]!)) k++;
    const v: Variable = { name: body.slice(0, k), defaultValue: '', presenceValue: '', required: false };
    const rest = body.slice(k);
    if (rest.startsWith(':?') || rest.startsWith('?')) v.required = true;
    else if (rest.startsWith(':-')) v.defaultValue = rest.slice(2);
    else if (rest.startsWith('-')) v.defaultValue = rest.slice(1);
    else if (rest.startsWith(':+')) v.presenceValue = rest.slice(2);
    else if (rest.startsWith('+')) v.presenceValue = rest.slice(1);
    if (v.name !== '') out.set(v.name, v);
    if (v.defaultValue) extract(v.defaultValue, out);
    if (v.presenceValue) extract(v.presenceValue, out);
    i = next;
  }
}

function walk(v: Yaml, out: Map<string, Variable>): void {
  if (typeof v === 'string') extract(v, out);
  else if (Array.isArray(v)) v.forEach((e) => walk(e, out));
  else if (isMap(v)) Object.values(v).forEach((e) => walk(e, out));
}

/** Variables used by a raw (uninterpolated) model, sorted by name. */
export function extractVariables(model: Yaml): Variable[] {
  const out = new Map<string, Variable>();
  walk(model, out);
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
