/** `docker compose version` (`Docker Compose version v2.36.2`, `--short` without the v, `-f json`). */
import { COMPOSE_VERSION } from '../../sim/compose/index';
import { defineCommand, f, noArgs } from '../command';
import type { ComposeEnv } from './env';

export const VERSION_LINE = `Docker Compose version ${COMPOSE_VERSION}`;

export const version = defineCommand<ComposeEnv>()({
  use: 'version [OPTIONS]',
  short: 'Show the Docker Compose version information',
  args: noArgs,
  flags: {
    format: f.string({ short: 'f', usage: 'Format the output. Values: [pretty | json]. (Default: pretty)' }),
    short: f.bool({ usage: 'Shows only Compose\'s version number' }),
  },
  run(ctx, o) {
    if (o.short) {
      ctx.out(COMPOSE_VERSION.slice(1) + '\n');
      return 0;
    }
    // any format other than json prints the pretty line
    ctx.out(o.format === 'json' ? `{"version":"${COMPOSE_VERSION}"}\n` : VERSION_LINE + '\n');
    return 0;
  },
});
