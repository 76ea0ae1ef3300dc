/**
 * docker's global options (cli/flags/options.go) and the checks docker makes on them before
 * any command runs. Defaults depend on the user's home (`--config ~/.docker`).
 */
import { CliError } from '../command/errors';
import type { RunContext } from '../command/types';
import * as f from '../flags/values';

/** The global flags, with docker 28's usage texts. */
export function dockerGlobalFlags(home: string) {
  const configDir = `${home === '/' ? '' : home}/.docker`;
  return {
    config: f.string({ usage: 'Location of client config files', default: configDir }),
    debug: f.bool({ short: 'D', usage: 'Enable debug mode' }),
    logLevel: f.string({ short: 'l', usage: 'Set the logging level ("debug", "info", "warn", "error", "fatal")', default: 'info' }),
    tls: f.bool({ usage: 'Use TLS; implied by --tlsverify' }),
    tlsverify: f.bool({ usage: 'Use TLS and verify the remote' }),
    tlscacert: f.string({ usage: 'Trust certs signed only by this CA', default: `${configDir}/ca.pem` }),
    tlscert: f.string({ usage: 'Path to TLS certificate file', default: `${configDir}/cert.pem` }),
    tlskey: f.string({ usage: 'Path to TLS key file', default: `${configDir}/key.pem` }),
    host: f.list({ short: 'H', usage: 'Daemon socket to connect to' }),
    context: f.string({
      short: 'c',
      usage: 'Name of the context to use to connect to the daemon (overrides DOCKER_HOST env var and default context set with "docker context use")',
    }),
    version: f.bool({ short: 'v', usage: 'Print version information and quit' }),
  };
}

/** The persistent `--help` flag every docker command inherits (`-h` works but is deprecated). */
export const dockerHelpFlag = {
  help: f.bool({ short: 'h', usage: 'Print usage', hidden: true, shorthandDeprecated: 'use --help' }),
};

/** Typed view of the global options as a verb sees them. */
export interface DockerGlobals {
  readonly config: string;
  readonly debug: boolean;
  readonly logLevel: string;
  readonly host: readonly string[];
  readonly context: string;
  readonly tls: boolean;
  readonly tlsverify: boolean;
}

export function dockerGlobals(ctx: Pick<RunContext<unknown>, 'globals'>): DockerGlobals {
  const g = ctx.globals;
  return {
    config: String(g.config ?? ''),
    debug: g.debug === true,
    logLevel: String(g.logLevel ?? 'info'),
    host: Array.isArray(g.host) ? (g.host as string[]) : [],
    context: String(g.context ?? ''),
    tls: g.tls === true,
    tlsverify: g.tlsverify === true,
  };
}

const LOG_LEVELS = new Set(['panic', 'fatal', 'error', 'warn', 'warning', 'info', 'debug', 'trace']);

/** docker's Initialize-time checks on the globals (logrus.ParseLevel is case-insensitive). */
export function checkDockerGlobals(globals: Readonly<Record<string, unknown>>): void {
  const level = String(globals.logLevel ?? 'info');
  if (!LOG_LEVELS.has(level.toLowerCase())) throw new CliError(`Unable to parse logging level: ${level}`, 1);
}
