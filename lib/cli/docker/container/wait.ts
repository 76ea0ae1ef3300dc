/**
 * `docker wait` / `docker container wait`: simulated time runs until each container stops, then
 * its exit code is printed. A container that never stops by itself keeps the terminal attached
 * (as the real command blocks) until Ctrl+C.
 */
import { requireContainer, waitContainer } from '../../../sim/index';
import { CliError, defineCommand, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { runningNames } from './completion';
import { clientText } from './multi';

export const wait = defineCommand<DockerEnv>()({
  use: 'wait CONTAINER [CONTAINER...]',
  short: 'Block until one or more containers stop, then print their exit codes',
  args: requiresMinArgs(1),
  aliasesLine: 'docker container wait, docker wait',
  at: [{ parent: 'container' }, { parent: '' }],
  complete: (ctx) => runningNames(ctx.env),
  run(ctx, _o, args) {
    const errors: string[] = [];
    for (const name of args) {
      try {
        requireContainer(ctx.env.eng, name);
        const r = waitContainer(ctx.env.eng, name);
        if ('blocked' in r) {
          ctx.io.shell.attach(() => ({ output: '\n', exitCode: 130 }));
          return 0;
        }
        ctx.out(`${r.exitCode}\n`);
      } catch (e) {
        errors.push(clientText(e));
      }
    }
    if (errors.length > 0) throw new CliError(errors.join('\n'));
    return 0;
  },
});
