/**
 * The client's credential store: `auths` in `<config dir>/config.json` (docker's file store: the
 * `auth` field is base64 `user:password`, the file is written with tabs, mode 0600). Docker Hub's
 * key is `https://index.docker.io/v1/`; other registries are keyed by host[:port].
 */
import type { CommandContext } from '../../../shell/types';
import { base64Decode, base64Encode } from '../../../shell/utils/misc';
import { dockerGlobals } from '../root-flags';
import type { RunContext } from '../../command';

export const INDEX_SERVER = 'https://index.docker.io/v1/';

export interface StoredAuth {
  username: string;
  password: string;
}

export interface ConfigFile {
  /** The config file's path as docker prints it. */
  path: string;
  dir: string;
  data: Record<string, unknown>;
}

/** `--config`, else $DOCKER_CONFIG, else ~/.docker. */
export function configDir(ctx: Pick<RunContext<unknown>, 'globals' | 'io'>): string {
  const flag = dockerGlobals(ctx).config;
  const home = ctx.io.env['HOME'] ?? '/home/learner';
  const defaultDir = `${home === '/' ? '' : home}/.docker`;
  const fromEnv = ctx.io.env['DOCKER_CONFIG'];
  return flag !== '' && flag !== defaultDir ? flag : (fromEnv || flag || defaultDir);
}

export function readConfig(io: Pick<CommandContext, 'fs'>, dir: string): ConfigFile {
  const path = `${dir}/config.json`;
  let data: Record<string, unknown> = {};
  try {
    if (io.fs.stat(path)?.type === 'file') {
      const parsed = JSON.parse(io.fs.readFile(path)) as unknown;
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) data = parsed as Record<string, unknown>;
    }
  } catch {
    data = {};
  }
  return { path, dir, data };
}

function auths(cfg: ConfigFile): Record<string, { auth?: string }> {
  const a = cfg.data['auths'];
  if (a && typeof a === 'object' && !Array.isArray(a)) return a as Record<string, { auth?: string }>;
  const fresh: Record<string, { auth?: string }> = {};
  // docker's ConfigFile struct serialises `auths` first.
  cfg.data = { auths: fresh, ...Object.fromEntries(Object.entries(cfg.data).filter(([k]) => k !== 'auths')) };
  return fresh;
}

export function getAuth(cfg: ConfigFile, key: string): StoredAuth | undefined {
  const entry = auths(cfg)[key];
  if (!entry?.auth) return undefined;
  const decoded = base64Decode(entry.auth);
  if (decoded === null || !decoded.includes(':')) return undefined;
  const i = decoded.indexOf(':');
  return { username: decoded.slice(0, i), password: decoded.slice(i + 1) };
}

/** Go's json.MarshalIndent(cfg, "", "\t"). */
export function writeConfig(io: CommandContext, cfg: ConfigFile): void {
  if (!io.fs.stat(cfg.dir)) io.fs.mkdir(cfg.dir, { recursive: true, mode: 0o700 });
  io.fs.writeFile(cfg.path, JSON.stringify(cfg.data, null, '\t'), { mode: 0o600 });
}

/** Store credentials; returns false when they were already stored unchanged (the file is left alone). */
export function storeAuth(io: CommandContext, cfg: ConfigFile, key: string, creds: StoredAuth): boolean {
  const auth = base64Encode(`${creds.username}:${creds.password}`);
  const all = auths(cfg);
  if (all[key]?.auth === auth) return false;
  all[key] = { auth };
  writeConfig(io, cfg);
  return true;
}

/** Erase credentials; returns whether any were stored under `key`. */
export function eraseAuth(cfg: ConfigFile, key: string): boolean {
  const all = auths(cfg);
  if (!(key in all)) return false;
  delete all[key];
  return true;
}
