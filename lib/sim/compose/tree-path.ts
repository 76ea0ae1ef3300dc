/**
 * compose-go's tree.Path: dotted paths into the YAML model (`services.web.ports`), `*` matching
 * any key and `[]` any list item. Keys containing dots are kept whole.
 */
export type TreePath = readonly string[];

export const ANY = '*';
export const LIST = '[]';

export function next(path: TreePath, part: string): TreePath {
  return [...path, part];
}

/** Pre-split patterns once (no per-call string work on hot paths). */
export function pattern(text: string): TreePath {
  return text.split('.');
}

export function matches(path: TreePath, pat: TreePath): boolean {
  if (path.length !== pat.length) return false;
  for (let i = 0; i < pat.length; i++) if (pat[i] !== ANY && pat[i] !== path[i]) return false;
  return true;
}

export function pathString(path: TreePath): string {
  return path.join('.');
}

/** The first rule whose pattern matches `path`. */
export function lookupRule<T>(rules: ReadonlyArray<readonly [TreePath, T]>, path: TreePath): T | undefined {
  for (const [pat, rule] of rules) if (matches(path, pat)) return rule;
  return undefined;
}

/** Plain model values: what YAML decodes to. */
export type Yaml = null | boolean | number | string | Yaml[] | YamlMap;
export interface YamlMap {
  [key: string]: Yaml;
}

export const isMap = (v: unknown): v is YamlMap => typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepClone<T extends Yaml | undefined>(v: T): T {
  if (Array.isArray(v)) return v.map((e) => deepClone(e)) as T;
  if (isMap(v)) {
    const out: YamlMap = {};
    for (const k of Object.keys(v)) out[k] = deepClone(v[k]!);
    return out as T;
  }
  return v;
}
