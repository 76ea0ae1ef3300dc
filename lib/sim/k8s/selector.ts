/**
 * Label selectors as kubectl's `-l` and the API accept them: `k=v`, `k==v`, `k!=v`,
 * `k in (a,b)`, `k notin (a,b)`, `k`, `!k`, comma-separated; and matchLabels/matchExpressions.
 */
import type { LabelSelector } from './types';

export type Requirement =
  | { key: string; op: 'eq' | 'neq'; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | 'notexists' };

export class SelectorError extends Error {}

const KEY = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;

function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function checkKey(key: string): string {
  if (!KEY.test(key)) throw new SelectorError(`unable to parse requirement: <nil>: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`);
  return key;
}

function parseOne(raw: string): Requirement {
  const t = raw.trim();
  let m = /^(!?)\s*([^\s=!(),]+)$/.exec(t);
  if (m) return { key: checkKey(m[2]!), op: m[1] ? 'notexists' : 'exists' };
  m = /^([^\s=!(),]+)\s*(==|=|!=)\s*([^\s=!(),]*)$/.exec(t);
  if (m) return { key: checkKey(m[1]!), op: m[2] === '!=' ? 'neq' : 'eq', value: m[3]! };
  m = /^([^\s=!(),]+)\s+(in|notin)\s*\(([^()]*)\)$/.exec(t);
  if (m) {
    const values = m[3]!.split(',').map((v) => v.trim()).filter((v) => v !== '');
    return { key: checkKey(m[1]!), op: m[2] as 'in' | 'notin', values };
  }
  if (t === '') throw new SelectorError("found '', expected: !, identifier, or 'end of string'");
  const bad = /^[=!(),]/.exec(t);
  if (bad) throw new SelectorError(`found '${bad[0]}', expected: !, identifier, or 'end of string'`);
  throw new SelectorError(`couldn't parse the selector string "${raw}"`);
}

/** Parse a `-l` selector; '' selects everything. */
export function parseSelector(text: string): Requirement[] {
  if (text.trim() === '') return [];
  return splitTop(text).map(parseOne);
}

export function matches(reqs: readonly Requirement[], labels: Readonly<Record<string, string>> | undefined): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    switch (r.op) {
      case 'eq':
        return has && l[r.key] === r.value;
      case 'neq':
        return !has || l[r.key] !== r.value;
      case 'in':
        return has && r.values.includes(l[r.key]!);
      case 'notin':
        return !has || !r.values.includes(l[r.key]!);
      case 'exists':
        return has;
      case 'notexists':
        return !has;
    }
  });
}

/** A LabelSelector object as requirements. */
export function fromLabelSelector(s: LabelSelector | undefined): Requirement[] {
  const out: Requirement[] = Object.entries(s?.matchLabels ?? {}).map(([key, value]) => ({ key, op: 'eq' as const, value }));
  for (const e of s?.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === 'in' || op === 'notin') out.push({ key: e.key, op, values: e.values ?? [] });
    else if (op === 'exists') out.push({ key: e.key, op: 'exists' });
    else if (op === 'doesnotexist') out.push({ key: e.key, op: 'notexists' });
  }
  return out;
}

/** `app=my-app,tier=web` (kubectl's selector display). */
export function selectorString(s: LabelSelector | Record<string, string> | undefined): string {
  if (!s) return '<none>';
  const sel: LabelSelector = 'matchLabels' in s || 'matchExpressions' in s ? (s as LabelSelector) : { matchLabels: s as Record<string, string> };
  const parts = Object.keys(sel.matchLabels ?? {})
    .sort()
    .map((k) => `${k}=${sel.matchLabels![k]}`);
  for (const e of sel.matchExpressions ?? []) {
    const op = e.operator.toLowerCase();
    if (op === 'exists') parts.push(e.key);
    else if (op === 'doesnotexist') parts.push(`!${e.key}`);
    else parts.push(`${e.key} ${op} (${(e.values ?? []).join(',')})`);
  }
  return parts.length ? parts.join(',') : '<none>';
}
