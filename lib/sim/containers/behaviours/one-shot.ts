/**
 * Server programs asked about themselves (`redis-server --version`, `postgres -V`, `httpd -t`,
 * `traefik version`) print and exit instead of serving: as a container's main process they run
 * as a plain command (the program's own command answers), not as the service behaviour. The
 * images' entrypoints pass these through untouched (postgres/mysql skip initialisation for them).
 * nginx is absent: its entrypoint prints its configuration lines first, which its behaviour does.
 */
import { basename } from './types';

const ONE_SHOT: Record<string, ReadonlySet<string>> = {
  'redis-server': new Set(['-v', '--version']),
  postgres: new Set(['-V', '--version']),
  mysqld: new Set(['-V', '--version']),
  mariadbd: new Set(['-V', '--version']),
  mongod: new Set(['--version']),
  httpd: new Set(['-v', '-V', '-t']),
  traefik: new Set(['version', '--version']),
  prometheus: new Set(['--version']),
};

/** Whether argv asks a server program only for its version or a configuration test. */
export function isOneShot(argv: readonly string[]): boolean {
  return argv.length > 1 && isOneShotArg(basename(argv[0]!), argv[1]!);
}

/** Whether `arg` asks `program` (a base name: `redis-server`) only for its version or a configuration test. */
export function isOneShotArg(program: string, arg: string | undefined): boolean {
  const flags = ONE_SHOT[program];
  return flags !== undefined && arg !== undefined && flags.has(arg);
}
