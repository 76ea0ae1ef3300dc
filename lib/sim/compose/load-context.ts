/**
 * What the loader stages share: how to read files, the user's home (for `~`), where warnings go,
 * the options compose-go's loader.Options carries, and the interpolation environment.
 */
import { ComposeError, type Warn } from './errors';

/** Read access to the learner's files (absolute paths). */
export interface LoaderFs {
  /** The file's text, or null when it does not exist. Throws ComposeError for a directory. */
  read(path: string): string | null;
  kind(path: string): 'file' | 'dir' | null;
}

export interface LoadOptions {
  skipValidation?: boolean;
  skipInterpolation?: boolean;
  skipNormalization?: boolean;
  /** Make relative paths absolute (default true). */
  resolvePaths?: boolean;
  skipConsistencyCheck?: boolean;
  skipExtends?: boolean;
  skipInclude?: boolean;
  /** Leave `env_file` unread (config --no-env-resolution, services listing). */
  skipResolveEnvironment?: boolean;
  skipDefaultValues?: boolean;
  /** Drop `env_file` once read into `environment` (compose does for every command). */
  discardEnvFiles?: boolean;
  /** Project name from `-p` or COMPOSE_PROJECT_NAME (imperative), or the directory's (not). */
  projectName: string;
  projectNameImperativelySet: boolean;
  profiles: readonly string[];
}

export interface LoadContext {
  readonly fs: LoaderFs;
  readonly home: string;
  readonly warn: Warn;
  readonly opts: LoadOptions;
  /** Interpolation environment (shell env + .env). */
  readonly env: Readonly<Record<string, string>>;
  /** Directory relative paths are resolved against. */
  readonly workingDir: string;
  /** Files of the include chain (cycle detection). */
  readonly included: readonly string[];
}

export interface ConfigFile {
  filename: string;
  /** The text; read from the filesystem when absent. */
  content?: string;
}

/** os.ReadFile's error wording. */
export function readConfigFile(ctx: Pick<LoadContext, 'fs'>, file: ConfigFile): string {
  if (file.content !== undefined) return file.content;
  const kind = ctx.fs.kind(file.filename);
  if (kind === 'dir') throw new ComposeError(`read ${file.filename}: is a directory`, 'notFound');
  const text = ctx.fs.read(file.filename);
  if (text === null) throw new ComposeError(`open ${file.filename}: no such file or directory`, 'notFound');
  return text;
}

export function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseOf(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1) || '/';
}
