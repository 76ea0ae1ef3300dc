/** `docker network disconnect [-f] NETWORK CONTAINER`. */
import { disconnectNetwork } from '../../../sim/index';
import { defineCommand, exactArgs, f } from '../../command';
import type { DockerEnv } from '../env';
import { containersOn, networkNames } from './completion';

export const disconnect = defineCommand<DockerEnv>()({
  use: 'disconnect [OPTIONS] NETWORK CONTAINER',
  short: 'Disconnect a container from a network',
  args: exactArgs(2),
  at: [{ parent: 'network' }],
  flags: {
    force: f.bool({ short: 'f', usage: 'Force the container to disconnect from a network' }),
  },
  complete: (ctx, args) => (args.length === 0 ? networkNames(ctx.env) : containersOn(ctx.env, args[0]!, true)),
  run(ctx, o, args) {
    disconnectNetwork(ctx.env.eng, args[0]!, args[1]!, o.force);
    return 0;
  },
});
