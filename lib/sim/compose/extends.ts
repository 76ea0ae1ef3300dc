/**
 * compose-go's ApplyExtends: a service with `extends: {service, file?}` starts from a copy of
 * the base service (of this file, or of another file read raw and resolved against its own
 * directory), recursively, with cycle detection, then its own keys are merged over it.
 */
import { ComposeError } from './errors';
import { applyResets, loadYamlFile, type LoadState } from './load-file';
import { dirOf, type LoadContext } from './load-context';
import { extendService } from './merge';
import { joinPath, resolveRelativePaths } from './paths';
import { deepClone, isMap, type YamlMap } from './tree-path';

/** The `extends` chain being followed: (file, service) pairs. */
export type ExtendsTracker = ReadonlyArray<readonly [string, string]>;

function track(tracker: ExtendsTracker, filename: string, service: string): ExtendsTracker {
  if (tracker.some(([f, s]) => f === filename && s === service)) {
    const lines = ['Circular reference:', `  ${tracker[0]![1]} in ${tracker[0]![0]}`];
    for (const [f, s] of [...tracker.slice(1), [filename, service] as const]) lines.push(`  extends ${s} in ${f}`);
    throw new ComposeError(lines.join('\n'));
  }
  return [...tracker, [filename, service]];
}

function baseFromFile(ctx: LoadContext, state: LoadState, name: string, ref: string, from: string, refPath: string, tracker: ExtendsTracker): YamlMap {
  const local = joinPath(ctx.workingDir, refPath);
  const dir = dirOf(local);
  if (ctx.fs.kind(local) !== 'file') throw new ComposeError(`open ${local}: no such file or directory`, 'notFound');
  const sub: LoadContext = {
    ...ctx,
    workingDir: dir,
    opts: { ...ctx.opts, resolvePaths: false, skipNormalization: true, skipConsistencyCheck: true, skipInclude: true, skipExtends: true, skipValidation: true, skipDefaultValues: true },
  };
  const { model } = loadYamlFile(sub, state, { filename: local }, {}, tracker);
  const services = model.services;
  if (services === undefined) throw new ComposeError(`cannot extend service ${JSON.stringify(name)} in ${local}: no services section`);
  if (!isMap(services)) throw new ComposeError(`cannot extend service ${JSON.stringify(name)} in ${local}: services must be a mapping`);
  if (!(ref in services)) throw new ComposeError(`cannot extend service ${JSON.stringify(name)} in ${from}: service ${JSON.stringify(ref)} not found in ${refPath}`);
  resolveRelativePaths(model, dir, ctx.home);
  return services;
}

function extendOne(ctx: LoadContext, state: LoadState, name: string, services: YamlMap, filename: string, tracker: ExtendsTracker, resets: string[][][]): YamlMap | null {
  const s = services[name];
  if (s === null || s === undefined) return null;
  if (!isMap(s)) throw new ComposeError(`services.${name} must be a mapping`);
  const ext = s.extends;
  if (ext === undefined) return s;
  let ref: string;
  let file: string | undefined;
  if (isMap(ext)) {
    if (typeof ext.service !== 'string') throw new ComposeError(`extends.${name}.service is required`);
    ref = ext.service;
    if (typeof ext.file === 'string') file = ext.file;
  } else ref = String(ext);
  let from = services;
  let refFile = filename;
  if (file !== undefined) {
    from = baseFromFile(ctx, state, name, ref, filename, file, tracker);
    refFile = file;
  } else if (!(ref in services)) {
    throw new ComposeError(`cannot extend service ${JSON.stringify(name)} in ${filename}: service ${JSON.stringify(ref)} not found`);
  }
  const next = track(tracker, refFile, name);
  const base = extendOne(ctx, state, ref, from, refFile, next, resets);
  if (base === null) return s;
  const source = deepClone(base);
  for (const r of resets) applyResets({ services: { [name]: source } }, r);
  const merged = extendService(source, s);
  delete merged.extends;
  services[name] = merged;
  return merged;
}

export function applyExtends(ctx: LoadContext, state: LoadState, model: YamlMap, filename: string, tracker: ExtendsTracker, resets: string[][][]): void {
  const services = model.services;
  if (services === undefined) return;
  if (!isMap(services)) throw new ComposeError('services must be a mapping');
  for (const name of Object.keys(services)) {
    const merged = extendOne(ctx, state, name, services, filename, tracker, resets);
    services[name] = merged;
  }
}
