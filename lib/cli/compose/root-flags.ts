/**
 * The flags of `docker compose` itself (cmd/compose/compose.go addProjectFlags + RootCommand):
 * local to the compose command (so `-f` goes before the subcommand), `--dry-run` persistent.
 */
import { f } from '../command';
import type { OptionsOf } from '../flags';

export const ROOT_FLAGS = {
  ansi: f.string({ usage: 'Control when to print ANSI control characters ("never"|"always"|"auto")', default: 'auto' }),
  allResources: f.bool({ usage: 'Include all resources, even those not used by services' }),
  compatibility: f.bool({ usage: 'Run compose in backward compatibility mode' }),
  envFile: f.stringArray({ usage: 'Specify an alternate environment file' }),
  file: f.stringArray({ short: 'f', usage: 'Compose configuration files' }),
  parallel: f.int({ usage: 'Control max parallelism, -1 for unlimited', default: -1 }),
  profile: f.stringArray({ usage: 'Specify a profile to enable' }),
  progress: f.string({ usage: 'Set type of progress output (auto, tty, plain, json, quiet)' }),
  projectDirectory: f.string({ usage: 'Specify an alternate working directory\n(default: the path of the, first specified, Compose file)' }),
  projectName: f.string({ short: 'p', usage: 'Project name' }),
  version: f.bool({ short: 'v', usage: 'Show the Docker Compose version information', hidden: true }),
  workdir: f.string({ usage: 'DEPRECATED! USE --project-directory INSTEAD.\nSpecify an alternate working directory\n(default: the path of the, first specified, Compose file)', hidden: true }),
  noAnsi: f.bool({ usage: 'Do not print ANSI control characters (DEPRECATED)', hidden: true }),
  verbose: f.bool({ usage: 'Show more output', hidden: true }),
};

export const PERSISTENT_FLAGS = {
  dryRun: f.bool({ usage: 'Execute command in dry run mode' }),
  help: f.bool({ usage: 'help for compose', hidden: true }),
};

export type RootOptions = OptionsOf<typeof ROOT_FLAGS>;
