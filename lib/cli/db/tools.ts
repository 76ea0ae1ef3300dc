/**
 * Database clients inside containers, present only when the container's image (or what was
 * installed in it) has the program: redis-cli, psql, pg_dump, pg_isready, mysql/mariadb,
 * mysqladmin/mariadb-admin. Looked up by name from the container's layers (no filesystem view).
 */
import type { CommandFn } from '../../shell/types';
import type { ContainerRecord, Engine } from '../../sim/index';
import type { MysqlKind } from '../../sim/db/mysql-data';
import { imageStack, programFlavour } from '../net/programs';
import { mysqlAdminCommand, mysqlCommand } from './mysql';
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
};

/** Every client a container may have (containerDbTools returns a subset). */
export const CONTAINER_DB_TOOL_NAMES: readonly string[] = Object.keys(TOOLS);

/** `Runtime.toolsFor`: the database clients the container's image provides. */
export function containerDbTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  const layers = imageStack(eng, c);
  const out: Record<string, CommandFn> = {};
  const kind: MysqlKind = programFlavour(layers, 'mariadb') ? 'mariadb' : 'mysql';
  for (const [name, make] of Object.entries(TOOLS)) if (programFlavour(layers, name)) out[name] = make(eng, c, kind);
  return out;
}
