/**
 * compose-go's ApplyInclude: top-level `include` pulls in whole Compose files (each with its own
 * project directory and `.env`), loaded as models of their own and imported resource by
 * resource; a resource defined differently on both sides is a conflict.
 */
import { parseEnvFiles } from './env-files';
import { ComposeError } from './errors';
import { dirOf, type LoadContext } from './load-context';
import type { LoadState } from './load-file';
import { loadYamlModel } from './load-model';
import { joinPath } from './paths';
import { isMap, type Yaml, type YamlMap } from './tree-path';

interface IncludeConfig {
  path: string[];
  projectDirectory: string;
  envFile: string[];
}

function strings(v: Yaml | undefined): string[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.map(String) : [String(v)];
}

function configs(source: Yaml | undefined): IncludeConfig[] {
  if (source === undefined || source === null) return [];
  if (!Array.isArray(source)) throw new ComposeError(`\`include\` must be a list, got ${String(source)}`);
  return source.map((c) => {
    const m: YamlMap = typeof c === 'string' ? { path: c } : isMap(c) ? c : {};
    return { path: strings(m.path), projectDirectory: typeof m.project_directory === 'string' ? m.project_directory : '', envFile: strings(m.env_file) };
  });
}

function sameYaml(a: Yaml | undefined, b: Yaml | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function importResources(source: YamlMap, target: YamlMap): void {
  for (const key of ['services', 'volumes', 'networks', 'secrets', 'configs']) {
    const from = source[key];
    if (!isMap(from)) continue;
    const to: YamlMap = isMap(target[key]) ? (target[key] as YamlMap) : {};
    for (const [name, value] of Object.entries(from)) {
      if (name in to) {
        if (sameYaml(value, to[name])) continue;
        throw new ComposeError(`${key}.${name} conflicts with imported resource`);
      }
      to[name] = value;
    }
    target[key] = to;
  }
}

export function applyInclude(ctx: LoadContext, state: LoadState, model: YamlMap, included: readonly string[]): void {
  for (const inc of configs(model.include)) {
    const paths = inc.path.map((p) => joinPath(ctx.workingDir, p));
    if (paths.length === 0) continue;
    const main = paths[0]!;
    const projectDir = inc.projectDirectory === '' ? dirOf(main) : joinPath(ctx.workingDir, inc.projectDirectory);
    if (included.includes(main)) throw new ComposeError(`include cycle detected:\n${included[0]}\n include ${[...included.slice(1), main].join('\n include ')}`);
    let envFiles = inc.envFile;
    if (envFiles.length === 0) {
      const dotenv = joinPath(projectDir, '.env');
      envFiles = ctx.fs.kind(dotenv) === 'file' ? [dotenv] : [];
    } else {
      envFiles = envFiles.map((f) => {
        const abs = joinPath(ctx.workingDir, f);
        const kind = ctx.fs.kind(abs);
        if (kind === null) throw new ComposeError(`stat ${abs}: no such file or directory`, 'notFound');
        if (kind === 'dir') throw new ComposeError(`${abs} is not a file`);
        return abs;
      });
    }
    const fromFiles = parseEnvFiles(ctx.fs, ctx.env, envFiles, ctx.warn);
    const sub: LoadContext = {
      ...ctx,
      workingDir: projectDir,
      env: { ...ctx.env, ...fromFiles },
      included,
      opts: { ...ctx.opts, resolvePaths: true, skipNormalization: true, skipConsistencyCheck: true },
    };
    const imported = loadYamlModel(sub, state, paths.map((filename) => ({ filename })));
    importResources(imported, model);
  }
  delete model.include;
}
