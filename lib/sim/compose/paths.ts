/**
 * compose-go's paths.ResolveRelativePaths: relative paths in the model become absolute against
 * the project directory (build contexts, env_file paths, bind mount sources, secret and config
 * files, extends files, include paths), `~` expanding to the user's home.
 */
import { ComposeError } from './errors';
import { cleanPath } from './parse-specs';
import { isMap, lookupRule, LIST, pattern, type TreePath, type Yaml } from './tree-path';

export function joinPath(base: string, rel: string): string {
  return cleanPath(rel.startsWith('/') ? rel : `${base}/${rel}`);
}

export function expandUser(p: string, home: string): string {
  if (p === '~') return home;
  return p.startsWith('~/') ? home + p.slice(1) : p;
}

const isRemote = (p: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(p) || p.startsWith('git@') || p.startsWith('github.com/');

type Resolver = (v: Yaml) => Yaml;

export function resolveRelativePaths(model: Yaml, workingDir: string, home: string): void {
  const abs = (v: Yaml): Yaml => {
    if (Array.isArray(v)) return v.map(abs);
    if (typeof v !== 'string') throw new ComposeError(`unexpected type ${typeof v}`);
    const s = expandUser(v, home);
    return s === '' || s.startsWith('/') ? s : joinPath(workingDir, s);
  };
  const context: Resolver = (v) => (typeof v === 'string' && !isRemote(v) ? abs(v) : v);
  const unix: Resolver = (v) => (typeof v === 'string' ? abs(v) : v);
  const mount: Resolver = (v) => {
    if (!isMap(v) || v.type !== 'bind') return v;
    if (!('source' in v)) throw new ComposeError('invalid mount config for type "bind": field Source must not be empty');
    v.source = abs(v.source!);
    return v;
  };
  const driverOpts: Resolver = (v) => {
    if (!isMap(v) || v.driver !== 'local' || !isMap(v.driver_opts)) return v;
    const o = v.driver_opts;
    if (o.o === 'bind' && typeof o.device === 'string') o.device = abs(o.device);
    return v;
  };
  const rules = (
    [
      ['services.*.build.context', context],
      ['services.*.build.additional_contexts.*', context],
      ['services.*.env_file.*.path', abs],
      ['services.*.label_file.*', abs],
      ['services.*.extends.file', abs],
      ['services.*.develop.watch.*.path', abs],
      ['services.*.volumes.*', mount],
      ['configs.*.file', unix],
      ['secrets.*.file', unix],
      ['include.path', abs],
      ['include.project_directory', abs],
      ['include.env_file', abs],
      ['volumes.*', driverOpts],
    ] as Array<[string, Resolver]>
  ).map(([p, r]) => [pattern(p), r] as const);
  const walk = (v: Yaml, p: TreePath): Yaml => {
    const r = lookupRule(rules, p);
    if (r) return r(v);
    if (isMap(v)) for (const k of Object.keys(v)) v[k] = walk(v[k]!, [...p, k]);
    else if (Array.isArray(v)) v.forEach((e, i) => (v[i] = walk(e, [...p, LIST])));
    return v;
  };
  walk(model, []);
}
