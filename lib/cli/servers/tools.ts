/**
 * Server programs as commands inside containers (`docker exec web nginx -t`, `docker run --rm
 * redis redis-server --version`): present when the container's layers hold the binary where the
 * image installs it. Which programs an image has is worked out once per image id.
 */
import type { CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import type { LayerData } from '../../sim/fs/overlay-data';
import { imageStack } from '../net/programs';
import { apachectlCommand, httpdCommand } from './httpd';
import { nginxCommand } from './nginx';
import { versionCommand, VERSION_PROGRAMS } from './versions';

const PG_BINS = [18, 17, 16, 15, 14, 13, 12].map((m) => `/usr/lib/postgresql/${m}/bin/postgres`);

/** Where each image installs the program (the first present counts). */
const LOCATIONS: Record<string, readonly string[]> = {
  nginx: ['/usr/sbin/nginx'],
  httpd: ['/usr/local/apache2/bin/httpd'],
  apachectl: ['/usr/local/apache2/bin/apachectl'],
  'redis-server': ['/usr/local/bin/redis-server'],
  postgres: ['/usr/local/bin/postgres', ...PG_BINS],
  mysqld: ['/usr/sbin/mysqld'],
  mariadbd: ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'],
  mongod: ['/usr/bin/mongod'],
  traefik: ['/usr/local/bin/traefik', '/traefik'],
  prometheus: ['/bin/prometheus'],
};

const MAKERS: Record<string, (eng: Engine, c: ContainerRecord) => CommandFn> = {
  nginx: nginxCommand,
  httpd: httpdCommand,
  apachectl: apachectlCommand,
  ...Object.fromEntries(VERSION_PROGRAMS.map((n) => [n, (_eng: Engine, c: ContainerRecord) => versionCommand(n, c)])),
};

/** Every server program a container may have (containerServerTools returns a subset). */
export const CONTAINER_SERVER_TOOL_NAMES: readonly string[] = Object.keys(LOCATIONS);

const byImage = new Map<string, readonly string[]>();

function present(layers: readonly LayerData[], paths: readonly string[]): boolean {
  for (const p of paths) {
    for (const layer of layers) {
      const e = layer.entries[p];
      if (!e) continue;
      if (e.t === 'w') break;
      if (e.t === 'l' || (e.t === 'f' && (e.mode & 0o111) !== 0)) return true;
      break;
    }
  }
  return false;
}

/** `Runtime.toolsFor`: the server programs the container's image provides (the container's own layer may remove one). */
export function containerServerTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  let names = byImage.get(c.imageId);
  if (!names) {
    const layers = imageStack(eng, c).slice(1);
    names = CONTAINER_SERVER_TOOL_NAMES.filter((n) => present(layers, LOCATIONS[n]!));
    if (byImage.size >= 256) byImage.clear();
    byImage.set(c.imageId, names);
  }
  const out: Record<string, CommandFn> = {};
  for (const name of names) {
    if (LOCATIONS[name]!.some((p) => c.upper.entries[p]?.t === 'w')) continue;
    out[name] = MAKERS[name]!(eng, c);
  }
  return out;
}
