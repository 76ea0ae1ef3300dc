/**
 * What the data stores' and proxies' server programs print when asked about themselves inside
 * a container (`redis-server --version`, `postgres --version`, `mysqld --version`, `mariadbd
 * --version`, `mongod --version`, `traefik version`, `prometheus --version`): the version comes from the image's
 * metadata (REDIS_VERSION, PG_VERSION, MYSQL_VERSION, MARIADB_VERSION, MONGO_VERSION, the
 * traefik image's version label). Other arguments start a second server, which this simulation
 * does not do: they are refused with the wording of the program's own usage error where cheap.
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import { stableHex, type ContainerRecord } from '../../sim/index';
import { envRecord } from '../../sim/containers/defaults';
import { isOneShotArg } from '../../sim/containers/behaviours/one-shot';

const envOf = (c: ContainerRecord): Record<string, string> => envRecord(c.config.Env);

type Printer = (c: ContainerRecord, ctx: CommandContext) => number;

/** Redis: `redis-server -v` / `--version` (stdout); the build id is a stable hash of the image. */
const redisServer: Printer = (c, ctx) => {
  const v = envOf(c)['REDIS_VERSION'] ?? '8.2.0';
  ctx.stdout(`Redis server v=${v} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=${stableHex(`${c.imageId}/redis-build`, 16)}\n`);
  return 0;
};

/** PostgreSQL: `postgres --version` / `-V`: `postgres (PostgreSQL) 17.5 (Debian 17.5-1.pgdg120+1)`. */
const postgres: Printer = (c, ctx) => {
  const pkg = envOf(c)['PG_VERSION'] ?? '17.5-1.pgdg120+1';
  const short = pkg.split('-')[0]!;
  ctx.stdout(pkg.includes('-') ? `postgres (PostgreSQL) ${short} (Debian ${pkg})\n` : `postgres (PostgreSQL) ${short}\n`);
  return 0;
};

/** MySQL: `/usr/sbin/mysqld  Ver 8.4.6 for Linux on x86_64 (MySQL Community Server - GPL)`. */
const mysqld: Printer = (c, ctx) => {
  const v = (envOf(c)['MYSQL_VERSION'] ?? '8.4.6-1.el9').split('-')[0]!;
  ctx.stdout(`/usr/sbin/mysqld  Ver ${v} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
  return 0;
};

/** MariaDB: `mariadbd  Ver 11.8.2-MariaDB-ubu2404 for debian-linux-gnu on x86_64 (mariadb.org binary distribution)`. */
const mariadbd: Printer = (c, ctx) => {
  const pkg = envOf(c)['MARIADB_VERSION'] ?? '1:11.8.2+maria~ubu2404';
  const [, ver = '11.8.2', dist = 'ubu2404'] = /^(?:\d+:)?([\d.]+)\+maria~(\w+)/.exec(pkg) ?? [];
  ctx.stdout(`${ctx.argv[0]}  Ver ${ver}-MariaDB-${dist} for debian-linux-gnu on x86_64 (mariadb.org binary distribution)\n`);
  return 0;
};

/** MongoDB: `db version v8.0.12` and the build info document. */
const mongod: Printer = (c, ctx) => {
  const v = envOf(c)['MONGO_VERSION'] ?? '8.0.12';
  const info = { version: v, gitVersion: stableHex(`${c.imageId}/mongo`, 40), openSSLVersion: 'OpenSSL 3.0.13 30 Jan 2024', modules: [], allocator: 'tcmalloc-google', environment: { distmod: 'ubuntu2404', distarch: 'x86_64', target_arch: 'x86_64' } };
  ctx.stdout(`db version v${v}\nBuild Info: ${JSON.stringify(info, null, 4)}\n`);
  return 0;
};

const TRAEFIK_CODENAMES: Record<string, string> = { '2.11': 'mimolette', '3.0': 'beaufort', '3.1': 'comte', '3.2': 'munster', '3.3': 'saint-nectaire', '3.4': 'chaource', '3.5': 'chabichou', '3.6': 'ramequin' };

/** Traefik: `traefik version` (also `--version`). */
const traefik: Printer = (c, ctx) => {
  const v = (c.config.Labels['org.opencontainers.image.version'] ?? 'v3.5.0').replace(/^v/, '');
  const codename = TRAEFIK_CODENAMES[v.split('.').slice(0, 2).join('.')] ?? 'cheddar';
  ctx.stdout(`Version:      ${v}\nCodename:     ${codename}\nGo version:   go1.24.5\nBuilt:        2025-07-23T09:11:04Z\nOS/Arch:      linux/amd64\n`);
  return 0;
};

/** Prometheus: `prometheus --version` (the behaviour's build: 3.5.0). */
const prometheus: Printer = (_c, ctx) => {
  ctx.stdout('prometheus, version 3.5.0 (branch: HEAD, revision: 8be3a9560fbdd18a94dedec4b747c35178177202)\n  build user:       root@4451b64cb451\n  build date:       20250714-16:15:23\n  go version:       go1.24.5\n  platform:         linux/amd64\n  tags:             netgo,builtinassets\n');
  return 0;
};

/** A second server in the same container: not simulated (say so instead of pretending it started). */
function notSimulated(ctx: CommandContext): number {
  ctx.stderr(`${ctx.argv[0]}: starting a second server inside a running container is not simulated; try --version\n`);
  return 1;
}

const PRINTERS: Record<string, Printer> = { 'redis-server': redisServer, postgres, mysqld, mariadbd, mongod, traefik, prometheus };

/** Program names this module answers for. */
export const VERSION_PROGRAMS: readonly string[] = Object.keys(PRINTERS);

export function versionCommand(name: string, c: ContainerRecord): CommandFn {
  const print = PRINTERS[name]!;
  return (ctx) => (isOneShotArg(name, ctx.argv[1]) ? print(c, ctx) : notSimulated(ctx));
}
