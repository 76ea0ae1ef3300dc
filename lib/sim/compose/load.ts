/**
 * `loadProject(files, env, opts)`: compose-go's LoadWithContext. Files are merged in order,
 * interpolated from `env`, validated, normalised and bound; the result keeps every attribute
 * (deploy included) so `docker stack deploy` can reuse it.
 *
 * The project name: `opts.projectName` when given imperatively (`-p`, COMPOSE_PROJECT_NAME),
 * else the last `name:` of the files (interpolated, normalised), else `opts.defaultName`.
 */
import { ComposeError, type Warn } from './errors';
import { interpolateModel } from './interpolate';
import { baseOf, readConfigFile, type ConfigFile, type LoaderFs, type LoadOptions } from './load-context';
import { invalidProjectName, loadModel, normalizeProjectName } from './load-model';
import { modelToProject, type ComposeProject } from './project';
import { isMap } from './tree-path';
import { readYamlDocuments } from './yaml-read';

export interface LoadProjectOptions extends Partial<Omit<LoadOptions, 'projectName' | 'projectNameImperativelySet' | 'profiles'>> {
  fs: LoaderFs;
  /** The user's home (`~` in paths). */
  home: string;
  /** Directory relative paths resolve against (the project directory). */
  workingDir: string;
  /** `-p` / COMPOSE_PROJECT_NAME: used as is (must already be a valid name). */
  projectName?: string;
  /** Name when neither `projectName` nor a `name:` is given (the directory's, normalised). */
  defaultName?: string;
  profiles?: readonly string[];
  warn?: Warn;
}

function nameFromFiles(files: readonly ConfigFile[], fs: LoaderFs): string {
  let name = '';
  for (const file of files) {
    let docs;
    try {
      docs = readYamlDocuments(readConfigFile({ fs }, file));
    } catch {
      break; // the full load reports the error
    }
    for (const d of docs) if (isMap(d.value) && typeof d.value.name === 'string' && d.value.name !== '') name = d.value.name;
  }
  return name;
}

export function resolveProjectName(files: readonly ConfigFile[], env: Readonly<Record<string, string>>, o: LoadProjectOptions): string {
  if (o.projectName !== undefined && o.projectName !== '') {
    if (normalizeProjectName(o.projectName) !== o.projectName) throw invalidProjectName(o.projectName);
    return o.projectName;
  }
  let fromFile = nameFromFiles(files, o.fs);
  if (!o.skipInterpolation) fromFile = String(interpolateModel({ name: fromFile }, { lookup: (k) => env[k], warn: null }).name);
  if (!o.skipNormalization) fromFile = normalizeProjectName(fromFile);
  return fromFile !== '' ? fromFile : (o.defaultName ?? normalizeProjectName(baseOf(o.workingDir)));
}

export function loadProject(files: readonly ConfigFile[], env: Readonly<Record<string, string>>, o: LoadProjectOptions): ComposeProject {
  if (files.length === 0) throw new ComposeError('no configuration file provided: not found', 'notFound');
  const warn = o.warn ?? (() => undefined);
  const name = resolveProjectName(files, env, o);
  const environment = { ...env, COMPOSE_PROJECT_NAME: name };
  const opts: LoadOptions = {
    ...o,
    projectName: name,
    projectNameImperativelySet: o.projectName !== undefined && o.projectName !== '',
    profiles: o.profiles ?? [],
  };
  const ctx = { fs: o.fs, home: o.home, warn, opts, env: environment, workingDir: o.workingDir, included: [] };
  const model = loadModel(ctx, files, name);
  delete model.name;
  const project = modelToProject(model, { name, workingDir: o.workingDir, composeFiles: files.map((f) => f.filename), environment }, opts, o.fs, warn);
  if (project.name === '') throw new ComposeError('project name can\'t be empty. Use `--project-name` to set a valid name');
  return project;
}
