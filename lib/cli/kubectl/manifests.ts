/**
 * Reading -f arguments: files, directories (.yaml/.yml/.json, -R for subdirectories) and `-`
 * (stdin); multi-document YAML and `kind: List`; kubectl's errors for missing paths, bad YAML and
 * documents without apiVersion or kind.
 */
import { parseAllDocuments } from 'yaml';
import type { KObject } from '../../sim/k8s/types';
import { CliError } from '../command';
import type { KubectlRun } from './env';

export interface Manifest {
  /** The -f argument the object came from (as typed, or `STDIN`). */
  source: string;
  obj: KObject;
}

function resolve(ctx: KubectlRun, path: string): string {
  return path.startsWith('/') ? path : `${ctx.io.cwd.replace(/\/$/, '')}/${path}`;
}

function parseText(text: string, source: string): Manifest[] {
  const out: Manifest[] = [];
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      const line = (e.linePos?.[0]?.line ?? 1);
      const what = /map/i.test(e.message) ? 'mapping values are not allowed in this context' : 'did not find expected key';
      throw new CliError(`error: error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${what}`, 1);
    }
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'object' || Array.isArray(value)) throw new CliError(`error: error parsing ${source}: error unmarshaling JSON: json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value} into Go value of type map[string]interface {}`, 1);
    const o = value as Record<string, unknown>;
    const missing = [...(o['apiVersion'] ? [] : ['apiVersion not set']), ...(o['kind'] ? [] : ['kind not set'])];
    if (missing.length) {
      const what = missing.length === 1 ? missing[0] : `[${missing.join(', ')}]`;
      throw new CliError(`error: error validating "${source}": error validating data: ${what}; if you choose to ignore these errors, turn validation off with --validate=false`, 1);
    }
    if (o['kind'] === 'List' && Array.isArray(o['items'])) for (const item of o['items'] as KObject[]) out.push({ source, obj: item });
    else out.push({ source, obj: o as unknown as KObject });
  }
  return out;
}

function readPath(ctx: KubectlRun, path: string, recursive: boolean, top: boolean): Manifest[] {
  const abs = resolve(ctx, path);
  const st = ctx.io.fs.stat(abs);
  if (!st) throw new CliError(`error: the path "${path}" does not exist`, 1);
  if (st.type === 'dir') {
    if (!top && !recursive) return [];
    return ctx.io.fs
      .readdir(abs)
      .flatMap((name) => {
        const sub = `${path.replace(/\/$/, '')}/${name}`;
        const kind = ctx.io.fs.stat(resolve(ctx, sub))?.type;
        if (kind === 'dir') return readPath(ctx, sub, recursive, false);
        return /\.(ya?ml|json)$/.test(name) ? parseText(ctx.io.fs.readFile(resolve(ctx, sub)), sub) : [];
      });
  }
  return parseText(ctx.io.fs.readFile(abs), path);
}

export function readManifests(ctx: KubectlRun, filenames: readonly string[], recursive: boolean, verb: string): Manifest[] {
  const out: Manifest[] = [];
  for (const f of filenames) {
    if (f === '-') out.push(...parseText(ctx.io.stdin, 'STDIN'));
    else if (/^https?:\/\//.test(f)) throw new CliError(`error: unable to read URL "${f}", server reported 404 Not Found, status code=404`, 1);
    else out.push(...readPath(ctx, f, recursive, true));
  }
  if (out.length === 0) throw new CliError(`error: no objects passed to ${verb}`, 1);
  return out;
}
