/**
 * The loaded project (compose-go's types.Project) and modelToProject: the normalised model bound
 * to compose's types, services split by the active profiles, checked for consistency, and each
 * service's environment resolved (env_file entries read, bare keys from the project env).
 */
import { bindStruct } from './bind';
import { checkConsistency } from './consistency';
import { parseDotenv } from './dotenv';
import { ComposeError, type Warn } from './errors';
import type { LoaderFs, LoadOptions } from './load-context';
import { isMap, type YamlMap } from './tree-path';

/** A service as compose-go's ServiceConfig holds it (see model-spec.ts for the fields). */
export type ServiceModel = YamlMap;

export interface ComposeProject {
  name: string;
  workingDir: string;
  composeFiles: string[];
  /** The interpolation environment (shell env + .env files). */
  environment: Record<string, string>;
  services: Record<string, ServiceModel>;
  /** Services whose profiles are not active. */
  disabledServices: Record<string, ServiceModel>;
  networks: Record<string, YamlMap>;
  volumes: Record<string, YamlMap>;
  secrets: Record<string, YamlMap>;
  configs: Record<string, YamlMap>;
  /** Top-level `x-` fields. */
  extensions: YamlMap;
  profiles: string[];
}

function bindAll(model: YamlMap, key: string, struct: string): Record<string, YamlMap> {
  const out: Record<string, YamlMap> = {};
  const top = model[key];
  if (isMap(top)) for (const [name, v] of Object.entries(top)) out[name] = bindStruct(struct, isMap(v) ? v : {}, `${key}.${name}`);
  return out;
}

export function hasProfile(s: ServiceModel, profiles: readonly string[]): boolean {
  const own = Array.isArray(s.profiles) ? s.profiles.map(String) : [];
  if (own.length === 0) return true;
  return profiles.some((p) => p === '*' || own.includes(p));
}

/** WithProfiles: enable the services the active profiles select. */
export function withProfiles(p: ComposeProject, profiles: readonly string[]): ComposeProject {
  const all = { ...p.services, ...p.disabledServices };
  const services: Record<string, ServiceModel> = {};
  const disabledServices: Record<string, ServiceModel> = {};
  for (const [name, s] of Object.entries(all)) (hasProfile(s, profiles) ? services : disabledServices)[name] = s;
  return { ...p, services, disabledServices, profiles: [...profiles] };
}

function loadEnvFile(fs: LoaderFs, file: YamlMap, env: Record<string, string>, lookup: (k: string) => string | undefined, warn: Warn): void {
  const path = String(file.path);
  const text = fs.kind(path) === 'file' ? fs.read(path) : null;
  if (text === null) {
    if (file.required !== false) throw new ComposeError(`env file ${path} not found: stat ${path}: no such file or directory`, 'notFound');
    return;
  }
  let parsed: Map<string, string>;
  try {
    parsed = parseDotenv(text, (k) => lookup(k) ?? env[k], warn);
  } catch (e) {
    throw new ComposeError(`failed to read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const [k, v] of parsed) env[k] = v;
}

/** WithServicesEnvironmentResolved: env_file entries under the service's own environment. */
export function resolveServiceEnvironment(p: ComposeProject, fs: LoaderFs, warn: Warn, discardEnvFiles: boolean): void {
  for (const s of Object.values(p.services)) {
    const own: YamlMap = isMap(s.environment) ? s.environment : {};
    for (const [k, v] of Object.entries(own)) if (v === null && k in p.environment) own[k] = p.environment[k]!;
    const env: Record<string, string> = {};
    for (const file of Array.isArray(s.env_file) ? s.env_file : []) {
      if (!isMap(file)) continue;
      loadEnvFile(fs, file, env, (k) => p.environment[k] ?? (typeof own[k] === 'string' ? (own[k] as string) : undefined), warn);
    }
    const merged: YamlMap = { ...env, ...own };
    if (Object.keys(merged).length > 0) s.environment = merged;
    if (discardEnvFiles) delete s.env_file;
  }
}

export interface ProjectInput {
  name: string;
  workingDir: string;
  composeFiles: string[];
  environment: Record<string, string>;
}

export function modelToProject(model: YamlMap, input: ProjectInput, opts: LoadOptions, fs: LoaderFs, warn: Warn): ComposeProject {
  const extensions: YamlMap = {};
  for (const [k, v] of Object.entries(model)) if (k.startsWith('x-')) extensions[k] = v;
  let project: ComposeProject = {
    ...input,
    services: bindAll(model, 'services', 'ServiceConfig'),
    disabledServices: {},
    networks: bindAll(model, 'networks', 'NetworkConfig'),
    volumes: bindAll(model, 'volumes', 'VolumeConfig'),
    secrets: bindAll(model, 'secrets', 'FileObjectConfig'),
    configs: bindAll(model, 'configs', 'FileObjectConfig'),
    extensions,
    profiles: [],
  };
  project = withProfiles(project, opts.profiles);
  if (!opts.skipConsistencyCheck) checkConsistency(project);
  if (!opts.skipResolveEnvironment) resolveServiceEnvironment(project, fs, warn, opts.discardEnvFiles === true);
  return project;
}
