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
  const flags = argv.length > 1 ? ONE_SHOT[basename(argv[0]!)] : undefined;
  return flags !== undefined && flags.has(argv[1]!);
}
