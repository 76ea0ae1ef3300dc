/** `docker rename` / `docker container rename`. */
import { renameContainer } from '../../../sim/index';
import { CliError, defineCommand, exactArgs } from '../../command';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';
import { clientText } from './multi';

export const rename = defineCommand<DockerEnv>()({
  use: 'rename CONTAINER NEW_NAME',
  short: 'Rename a container',
  args: exactArgs(2),
  aliasesLine: 'docker container rename, docker rename',
  at: [{ parent: 'container' }, { parent: '' }],
  complete: (ctx, args) => (args.length === 0 ? containerNames(ctx.env) : []),
  run(ctx, _o, args) {
    const oldName = args[0]!.trim();
    const newName = args[1]!.trim();
    if (oldName === '' || newName === '') throw new CliError('Error: Neither old nor new names may be empty');
    try {
      renameContainer(ctx.env.eng, oldName, newName);
    } catch (e) {
      ctx.err(clientText(e) + '\n');
      throw new CliError(`Error: failed to rename container named ${oldName}`);
    }
    return 0;
  },
});
