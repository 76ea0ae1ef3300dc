/**
 * The docker CLI's context store in the learner's home: `~/.docker/contexts/meta/<sha256(name)>/
 * meta.json` and `currentContext` in `~/.docker/config.json`, with the `default` context built
 * in. Reads and writes go through the shell's filesystem (so they persist like any file).
 */
import type { FileSystem } from '../../../sim/fs/types';
import { sha256Hex } from '../root-context';

export const DEFAULT_HOST = 'unix:///var/run/docker.sock';
const NAME_RE = /^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$/;

export interface ContextMeta {
  Name: string;
  Metadata: { Description?: string };
  Endpoints: { docker: { Host: string; SkipTLSVerify: boolean } };
}

export const DEFAULT_CONTEXT: ContextMeta = { Name: 'default', Metadata: { Description: 'Current DOCKER_HOST based configuration' }, Endpoints: { docker: { Host: DEFAULT_HOST, SkipTLSVerify: false } } };

export const metaDir = (configDir: string, name: string) => `${configDir}/contexts/meta/${sha256Hex(name)}`;

export function validateName(name: string): string | null {
  if (name === 'default') return '"default" is a reserved context name';
  return NAME_RE.test(name) ? null : `context name "${name}" is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"`;
}

function read(fs: FileSystem, path: string): string | null {
  try {
    return fs.readFile(path);
  } catch {
    return null;
  }
}

export function getContext(fs: FileSystem, configDir: string, name: string): ContextMeta | null {
  if (name === 'default') return DEFAULT_CONTEXT;
  const text = read(fs, `${metaDir(configDir, name)}/meta.json`);
  if (text === null) return null;
  try {
    return JSON.parse(text) as ContextMeta;
  } catch {
    return null;
  }
}

export function notFoundMessage(configDir: string, name: string): string {
  return `context "${name}": context not found: open ${metaDir(configDir, name)}/meta.json: no such file or directory`;
}

export function listContexts(fs: FileSystem, configDir: string): ContextMeta[] {
  const out: ContextMeta[] = [DEFAULT_CONTEXT];
  let dirs: string[] = [];
  try {
    dirs = fs.readdir(`${configDir}/contexts/meta`);
  } catch {
    return out;
  }
  for (const d of dirs) {
    const text = read(fs, `${configDir}/contexts/meta/${d}/meta.json`);
    if (!text) continue;
    try {
      out.push(JSON.parse(text) as ContextMeta);
    } catch {
      /* a broken meta file is skipped */
    }
  }
  return out.sort((a, b) => (a.Name === 'default' ? -1 : b.Name === 'default' ? 1 : a.Name < b.Name ? -1 : 1));
}

export function saveContext(fs: FileSystem, configDir: string, meta: ContextMeta): void {
  const dir = metaDir(configDir, meta.Name);
  fs.mkdir(dir, { recursive: true, mode: 0o755 });
  fs.writeFile(`${dir}/meta.json`, JSON.stringify(meta));
}

export function removeContext(fs: FileSystem, configDir: string, name: string): void {
  fs.rm(metaDir(configDir, name), { recursive: true, force: true });
}

function readConfig(fs: FileSystem, configDir: string): Record<string, unknown> {
  const text = read(fs, `${configDir}/config.json`);
  if (!text) return {};
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return {};
  }
}

export function configuredContext(fs: FileSystem, configDir: string): string {
  const v = readConfig(fs, configDir)['currentContext'];
  return typeof v === 'string' ? v : '';
}

export function setConfiguredContext(fs: FileSystem, configDir: string, name: string): void {
  const cfg = readConfig(fs, configDir);
  if (name === '') delete cfg['currentContext'];
  else cfg['currentContext'] = name;
  fs.mkdir(configDir, { recursive: true, mode: 0o700 });
  fs.writeFile(`${configDir}/config.json`, JSON.stringify(cfg, null, '\t'));
}

/** The context in use: --context, $DOCKER_CONTEXT, `default` when $DOCKER_HOST is set, config.json, `default`. */
export function currentContextName(fs: FileSystem, configDir: string, flag: string, env: Readonly<Record<string, string>>): string {
  if (flag) return flag;
  if (env['DOCKER_CONTEXT']) return env['DOCKER_CONTEXT'];
  if (env['DOCKER_HOST']) return 'default';
  return configuredContext(fs, configDir) || 'default';
}
