/**
 * Database clients inside containers, present only when the container's image (or what was
 * installed in it) has the program: redis-cli, psql, pg_dump, pg_isready, mysql/mariadb,
 * mysqladmin/mariadb-admin, mysqldump/mariadb-dump. Looked up by name in the container's layers
 * (no filesystem view).
 */
import type { CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import type { MysqlKind } from '../../sim/db/mysql-data';
import { imageStack, programFlavour } from '../net/programs';
import { mysqlAdminCommand, mysqlCommand } from './mysql';
import { mysqlDumpCommand } from './mysql-dump';
import { pgDumpCommand, pgIsReadyCommand } from './pg-tools';
import { psqlCommand } from './psql';
import { redisCliCommand } from './redis-cli';

/** Maker per program; `kind`: the MySQL family client the image ships (MariaDB's answers to `mysql` too). */
const TOOLS: Record<string, (eng: Engine, c: ContainerRecord, kind: MysqlKind) => CommandFn> = {
  'redis-cli': (eng, c) => redisCliCommand(eng, c),
  psql: (eng, c) => psqlCommand(eng, c),
  pg_dump: (eng, c) => pgDumpCommand(eng, c),
  pg_isready: (eng, c) => pgIsReadyCommand(eng, c),
  mysql: (eng, c, kind) => mysqlCommand(eng, c, kind),
  mariadb: (eng, c, kind) => mysqlCommand(eng, c, kind),
  mysqladmin: (eng, c, kind) => mysqlAdminCommand(eng, c, kind),
  'mariadb-admin': (eng, c, kind) => mysqlAdminCommand(eng, c, kind),
  mysqldump: (eng, c, kind) => mysqlDumpCommand(eng, c, kind),
  'mariadb-dump': (eng, c, kind) => mysqlDumpCommand(eng, c, kind),
};

/** Every client a container may have (containerDbTools returns a subset). */
export const CONTAINER_DB_TOOL_NAMES: readonly string[] = Object.keys(TOOLS);

/** Image id → the clients its layers provide (layers never change; ids are content hashes). */
const byImage = new Map<string, readonly string[]>();
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Where each client could be on PATH. */
const CANDIDATES: ReadonlyArray<readonly [string, readonly string[]]> = Object.keys(TOOLS).map((n) => [n, PATH_DIRS.map((d) => `${d}/${n}`)]);

/** The clients a container has: its image's (cached), unless its own layer adds or removes one. */
function clientsOf(eng: Engine, c: ContainerRecord): readonly string[] {
  let names = byImage.get(c.imageId);
  if (!names) {
    const layers = imageStack(eng, c).slice(1);
    names = CONTAINER_DB_TOOL_NAMES.filter((n) => programFlavour(layers, n));
    if (byImage.size >= 256) byImage.clear();
    byImage.set(c.imageId, names);
  }
  const upper = c.upper.entries;
  let touched: string[] | null = null;
  for (const [name, paths] of CANDIDATES) {
    for (const p of paths) {
      if (upper[p] === undefined) continue;
      (touched ??= []).push(name);
      break;
    }
  }
  if (touched === null) return names;
  const layers = imageStack(eng, c);
  const changed = touched;
  return CONTAINER_DB_TOOL_NAMES.filter((n) => (changed.includes(n) ? programFlavour(layers, n) !== null : names.includes(n)));
}

/** `Runtime.toolsFor`: the database clients the container's image (or what was installed in it) provides. */
export function containerDbTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  const names = clientsOf(eng, c);
  const out: Record<string, CommandFn> = {};
  if (names.length === 0) return out;
  const kind: MysqlKind = names.includes('mariadb') ? 'mariadb' : 'mysql';
  for (const name of names) out[name] = TOOLS[name]!(eng, c, kind);
  return out;
}
