/**
 * compose-go's loadYamlModel and load: the files of a project merged in order, defaults set,
 * semantic checks (external volumes, secret/config sources, port IPs), relative paths resolved,
 * bare environment entries resolved; then the project name is fixed and the model normalised.
 */
import { setDefaultValues } from './canonical';
import { ComposeError } from './errors';
import { loadYamlFile, type LoadState } from './load-file';
import type { ConfigFile, LoadContext } from './load-context';
import { normalize, resolveEnvironment } from './normalize';
import { resolveRelativePaths } from './paths';
import { isMap, type YamlMap } from './tree-path';

function checkExternal(v: YamlMap, path: string): void {
  if (v.external !== true) return;
  for (const k of Object.keys(v)) {
    if (k === 'name' || k === 'external' || k.startsWith('x-')) continue;
    throw new ComposeError(`${path}: conflicting parameters "external" and ${JSON.stringify(k)} specified`);
  }
}

function checkFileObject(v: YamlMap, path: string, keys: readonly string[]): void {
  const count = keys.filter((k) => k in v).length;
  if (count > 1) throw new ComposeError(`${path}: ${keys.join('|')} attributes are mutually exclusive`);
  if (count === 0 && !('driver' in v) && !('external' in v)) throw new ComposeError(`${path}: one of ${keys.join('|')} must be set`);
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const isIp = (s: string) => (IPV4.test(s) && s.split('.').every((p) => Number(p) < 256)) || (s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s));

/** validation.Validate. */
function validateModel(model: YamlMap): void {
  const each = (key: string, f: (v: YamlMap, path: string) => void) => {
    const top = model[key];
    if (isMap(top)) for (const [name, v] of Object.entries(top)) if (isMap(v)) f(v, `${key}.${name}`);
  };
  each('volumes', checkExternal);
  each('configs', (v, p) => checkFileObject(v, p, ['file', 'environment', 'content']));
  each('secrets', (v, p) => checkFileObject(v, p, ['file', 'environment']));
  each('services', (s, p) => {
    if (!Array.isArray(s.ports)) return;
    for (const port of s.ports) {
      if (isMap(port) && typeof port.host_ip === 'string' && !isIp(port.host_ip)) throw new ComposeError(`${p}.ports.[]: invalid ip address: ${port.host_ip}`);
    }
  });
}

export function loadYamlModel(ctx: LoadContext, state: LoadState, files: readonly ConfigFile[]): YamlMap {
  let model: YamlMap = {};
  for (const file of files) model = loadYamlFile(ctx, state, file, model, []).model;
  if (!ctx.opts.skipDefaultValues) model = setDefaultValues(model);
  if (!ctx.opts.skipValidation) validateModel(model);
  if (ctx.opts.resolvePaths !== false) resolveRelativePaths(model, ctx.workingDir, ctx.home);
  resolveEnvironment(model, ctx.env);
  return model;
}

/** loader.NormalizeProjectName: lowercase, only [a-z0-9_-], no leading `_`/`-`. */
export function normalizeProjectName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

export function invalidProjectName(v: string): ComposeError {
  return new ComposeError(
    `invalid project name ${JSON.stringify(v)}: must consist only of lowercase alphanumeric characters, hyphens, and underscores as well as start with a letter or number`,
  );
}

/** compose-go's load: the merged model, named and normalised. */
export function loadModel(ctx: LoadContext, files: readonly ConfigFile[], projectName: string): YamlMap {
  const state: LoadState = { versionWarned: new Set() };
  let model = loadYamlModel(ctx, state, files);
  if (Object.keys(model).length === 0) throw new ComposeError('empty compose file');
  if (!ctx.opts.skipValidation && projectName === '') throw new ComposeError('project name must not be empty');
  if (!ctx.opts.skipNormalization) {
    model.name = projectName;
    model = normalize(model, ctx.env);
  }
  return model;
}
