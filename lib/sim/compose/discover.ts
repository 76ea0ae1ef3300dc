/**
 * compose's ProjectOptions → what to load (cmd/compose ToProject + compose-go cli/options.go):
 * the files (`-f`, COMPOSE_FILE, else compose.yaml / compose.yml / docker-compose.yml /
 * docker-compose.yaml found from the working directory upwards, plus the override file), the
 * project directory, the environment (shell first, then `.env` or `--env-file`), the active
 * profiles (`--profile`, COMPOSE_PROFILES) and the project name (`-p`, COMPOSE_PROJECT_NAME,
 * `name:`, the directory).
 */
import { parseEnvFiles } from './env-files';
import { ComposeError, type Warn } from './errors';
import { baseOf, dirOf, type ConfigFile, type LoaderFs } from './load-context';
import { invalidProjectName, normalizeProjectName } from './load-model';
import { joinPath } from './paths';

export const DEFAULT_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
export const DEFAULT_OVERRIDE_NAMES = ['compose.override.yml', 'compose.override.yaml', 'docker-compose.override.yml', 'docker-compose.override.yaml'];

export interface ProjectFlags {
  files: readonly string[];
  projectName: string;
  projectDirectory: string;
  envFiles: readonly string[];
  profiles: readonly string[];
}

export interface DiscoverInput {
  fs: LoaderFs;
  cwd: string;
  /** The shell environment of the command. */
  env: Readonly<Record<string, string>>;
  /** What `-f -` reads. */
  stdin: () => string;
  warn: Warn;
}

export interface Discovered {
  files: ConfigFile[];
  workingDir: string;
  /** Interpolation environment: the shell's, then the env files' for keys the shell lacks. */
  environment: Record<string, string>;
  envFiles: string[];
  profiles: string[];
  /** Imperative name (`-p` or COMPOSE_PROJECT_NAME) or ''. */
  projectName: string;
  /** The directory's name, normalised (used when no `name:` is set). */
  defaultName: string;
}

function findDefaults(fs: LoaderFs, dir: string, warn: Warn): string[] {
  for (let d = dir; ; d = dirOf(d)) {
    const candidates = DEFAULT_FILE_NAMES.map((n) => joinPath(d, n)).filter((f) => fs.kind(f) === 'file');
    if (candidates.length > 0) {
      const winner = candidates[0]!;
      if (candidates.length > 1) {
        warn(`Found multiple config files with supported names: ${candidates.join(', ')}`);
        warn(`Using ${winner}`);
      }
      const out = [winner];
      const overrides = DEFAULT_OVERRIDE_NAMES.map((n) => joinPath(d, n)).filter((f) => fs.kind(f) === 'file');
      if (overrides.length > 1) {
        warn(`Found multiple override files with supported names: ${overrides.join(', ')}`);
        warn(`Using ${overrides[0]}`);
      }
      if (overrides.length > 0) out.push(overrides[0]!);
      return out;
    }
    if (d === '/') return [];
  }
}

function envFilesFor(fs: LoaderFs, explicit: readonly string[], workingDir: string, env: Readonly<Record<string, string>>): string[] {
  if (explicit.length > 0) return [...explicit];
  const disable = env.COMPOSE_DISABLE_ENV_FILE;
  if (disable !== undefined && /^(1|t|true|TRUE|True)$/.test(disable)) return [];
  const dotenv = joinPath(workingDir, '.env');
  return fs.kind(dotenv) === 'file' ? [dotenv] : [];
}

export function discoverProject(flags: ProjectFlags, input: DiscoverInput): Discovered {
  const { fs, cwd } = input;
  const abs = (p: string) => joinPath(cwd, p);
  const envFileFlags = flags.envFiles.length > 0 ? flags.envFiles : (input.env.COMPOSE_ENV_FILES ?? '').split(',').filter(Boolean);
  const explicitEnvFiles = envFileFlags.map(abs);
  const projectDir = flags.projectDirectory !== '' ? abs(flags.projectDirectory) : '';
  let paths = flags.files.map((f) => (f === '-' ? '-' : abs(f)));
  const workingDirOf = () => projectDir || (paths.find((p) => p !== '-') ? dirOf(paths.find((p) => p !== '-')!) : cwd);

  const environment: Record<string, string> = { ...input.env, PWD: input.env.PWD ?? cwd };
  const addEnvFiles = (files: string[]) => {
    const fromFiles = parseEnvFiles(fs, environment, files, input.warn);
    for (const [k, v] of Object.entries(fromFiles)) if (!(k in environment)) environment[k] = v;
  };
  let envFiles = envFilesFor(fs, explicitEnvFiles, workingDirOf(), input.env);
  addEnvFiles(envFiles);

  if (paths.length === 0 && environment.COMPOSE_FILE !== undefined) {
    const sep = environment.COMPOSE_PATH_SEPARATOR || ':';
    paths = environment.COMPOSE_FILE.split(sep).map((f) => {
      const p = abs(f);
      if (fs.kind(p) === null) throw new ComposeError(`stat ${p}: no such file or directory`, 'notFound');
      return p;
    });
  }
  if (paths.length === 0) paths = findDefaults(fs, workingDirOf(), input.warn);
  const again = envFilesFor(fs, explicitEnvFiles, workingDirOf(), input.env);
  if (again.join() !== envFiles.join()) addEnvFiles(again.filter((f) => !envFiles.includes(f)));
  envFiles = [...new Set([...envFiles, ...again])];

  const profiles = flags.profiles.length > 0 ? [...flags.profiles] : (environment.COMPOSE_PROFILES ?? '').split(',').map((s) => s.trim());
  if (flags.projectName !== '' && normalizeProjectName(flags.projectName) !== flags.projectName) throw invalidProjectName(flags.projectName);
  const workingDir = workingDirOf();
  const projectName = flags.projectName || environment.COMPOSE_PROJECT_NAME || '';
  const files: ConfigFile[] = paths.map((p) => (p === '-' ? { filename: '-', content: input.stdin() } : { filename: p }));
  return { files, workingDir, environment, envFiles, profiles, projectName, defaultName: normalizeProjectName(baseOf(workingDir)) };
}
