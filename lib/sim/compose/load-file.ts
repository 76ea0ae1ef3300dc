/**
 * compose-go's loadYamlFile: every document of a file is interpolated, its `extends` applied,
 * `!reset`/`!override` paths cleared from what earlier files built, `include` imported, then
 * merged over the model, de-duplicated, validated against the schema (with the obsolete
 * `version` warning), and turned into canonical syntax.
 */
import { canonical } from './canonical';
import { ComposeError } from './errors';
import { applyExtends, type ExtendsTracker } from './extends';
import { applyInclude } from './include';
import { interpolateModel } from './interpolate';
import { readConfigFile, type ConfigFile, type LoadContext } from './load-context';
import { mergeModels } from './merge';
import { validateSchema } from './schema-errors';
import { isMap, matches, type TreePath, type Yaml, type YamlMap } from './tree-path';
import { enforceUnicity } from './unicity';
import { readYamlDocuments } from './yaml-read';

/** Files already warned about `version` (compose warns once per file and process). */
export interface LoadState {
  versionWarned: Set<string>;
}

/** ResetProcessor.Apply: delete what `!reset`/`!override` paths point at. */
export function applyResets(target: Yaml, resets: readonly string[][], path: TreePath = []): void {
  if (resets.length === 0) return;
  if (isMap(target)) {
    for (const k of Object.keys(target)) {
      const next = [...path, k];
      if (resets.some((r) => matches(next, r))) {
        delete target[k];
        continue;
      }
      applyResets(target[k]!, resets, next);
    }
  } else if (Array.isArray(target)) {
    target.forEach((e, i) => {
      const next = [...path, `[${i}]`];
      if (!resets.some((r) => matches(next, r))) applyResets(e, resets, next);
    });
  }
}

/** loader.fixEmptyNotNull is a no-op here: `[]` already reads as an empty list. */
function omitEmptyDns(model: YamlMap): void {
  const services = model.services;
  if (!isMap(services)) return;
  for (const s of Object.values(services)) {
    if (isMap(s) && Array.isArray(s.dns)) s.dns = s.dns.filter((e) => e !== null && e !== '');
  }
}

export interface FileOutcome {
  model: YamlMap;
  resets: string[][];
}

export function loadYamlFile(ctx: LoadContext, state: LoadState, file: ConfigFile, model: YamlMap, tracker: ExtendsTracker): FileOutcome {
  const docs = readYamlDocuments(readConfigFile(ctx, file));
  let resets: string[][] = [];
  for (const doc of docs) {
    if (!isMap(doc.value)) throw new ComposeError('top-level object must be a mapping', 'yaml');
    let cfg = doc.value;
    resets = doc.resets;
    if (!ctx.opts.skipInterpolation) cfg = interpolateModel(cfg, { lookup: (k) => ctx.env[k], warn: ctx.warn });
    if (!ctx.opts.skipExtends) applyExtends(ctx, state, cfg, file.filename, tracker, [resets]);
    applyResets(model, resets);
    if (!ctx.opts.skipInclude) applyInclude(ctx, state, cfg, [...ctx.included, file.filename]);
    model = enforceUnicity(mergeModels(model, cfg));
    if (!ctx.opts.skipValidation) {
      validateSchema(model, file.filename);
      if ('version' in model) {
        if (!state.versionWarned.has(file.filename)) ctx.warn(`${file.filename}: the attribute \`version\` is obsolete, it will be ignored, please remove it to avoid potential confusion`);
        state.versionWarned.add(file.filename);
        delete model.version;
      }
    }
    model = canonical(model, ctx.warn);
    omitEmptyDns(model);
    model = enforceUnicity(model);
  }
  return { model, resets };
}
