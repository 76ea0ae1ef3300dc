/** Every compose subcommand, in one list (mounted under `docker compose` and `docker-compose`). */
import type { Command } from '../command';
import { config } from './config';
import { attach, commit, exportCmd, stats } from './container-verbs';
import { cp } from './cp';
import { down } from './down';
import type { ComposeEnv } from './env';
import { events } from './events';
import { exec } from './exec';
import { scale, wait, watch } from './extra-verbs';
import { build, create, pull } from './image-verbs';
import { images, ls, port, top } from './inspect-verbs';
import { kill, pause, restart, start, stop, unpause } from './lifecycle-verbs';
import { logs } from './logs';
import { ps } from './ps';
import { publish } from './publish';
import { push } from './push';
import { rm } from './rm';
import { run } from './run';
import { up } from './up';
import { version } from './version';

export const COMPOSE_VERBS: readonly Command<ComposeEnv>[] = [
  attach, build, commit, config, cp, create, down, events, exec, exportCmd, images, kill, logs, ls, pause, port, ps, publish, pull, push, restart, rm, run, scale, start, stats, stop, top, unpause, up, version, wait, watch,
];
