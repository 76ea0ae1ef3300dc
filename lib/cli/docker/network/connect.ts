/** `docker network connect`: attach a container (running or not) with --ip, --alias; the daemon looks the container up first. */
import { connectNetwork, requireContainer } from '../../../sim/index';
import { defineCommand, exactArgs, f } from '../../command';
import { validateLink } from '../../flags';
import type { DockerEnv } from '../env';
import { containersOn, networkNames } from './completion';

export const connect = defineCommand<DockerEnv>()({
  use: 'connect [OPTIONS] NETWORK CONTAINER',
  short: 'Connect a container to a network',
  args: exactArgs(2),
  at: [{ parent: 'network' }],
  flags: {
    ip: f.string({ usage: 'IPv4 address (e.g., "172.30.100.104")' }),
    ip6: f.string({ usage: 'IPv6 address (e.g., "2001:db8::33")' }),
    link: f.list({ usage: 'Add link to another container', validator: validateLink }),
    alias: f.stringSlice({ usage: 'Add network-scoped alias for the container' }),
    linkLocalIp: f.stringSlice({ usage: 'Add a link-local address for the container' }),
    driverOpt: f.stringSlice({ usage: 'driver options for the network' }),
    gwPriority: f.int({ usage: 'Highest gw-priority provides the default gateway. Accepts positive and negative values.' }),
  },
  complete: (ctx, args) => (args.length === 0 ? networkNames(ctx.env) : containersOn(ctx.env, args[0]!, false)),
  run(ctx, o, args) {
    const [network, container] = args as [string, string];
    requireContainer(ctx.env.eng, container);
    connectNetwork(ctx.env.eng, network, container, { ...(o.ip ? { ip: o.ip } : {}), aliases: o.alias });
    return 0;
  },
});
