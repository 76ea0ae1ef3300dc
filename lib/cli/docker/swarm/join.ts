/** `docker swarm join --token T HOST:PORT` and `docker swarm leave [--force]`. */
import { joinSwarm, leaveSwarm } from '../../../sim/swarm/index';
import { defineCommand, exactArgs, f, noArgs } from '../../command';
import type { DockerEnv } from '../env';
import { availabilityOf } from './init';

export const join = defineCommand<DockerEnv>()({
  use: 'join [OPTIONS] HOST:PORT',
  short: 'Join a swarm as a node and/or manager',
  args: exactArgs(1),
  at: [{ parent: 'swarm' }],
  flags: {
    advertiseAddr: f.string({ usage: 'Advertised address (format: "<ip|interface>[:port]")' }),
    availability: f.string({ usage: 'Availability of the node ("active", "pause", "drain")', default: 'active' }),
    dataPathAddr: f.string({ usage: 'Address or interface to use for data path traffic (format: "<ip|interface>")' }),
    listenAddr: f.list({ usage: 'Listen address (format: "<ip|interface>[:port]") (default 0.0.0.0:2377)', type: 'node-addr' }),
    token: f.string({ usage: 'Token for entry into the swarm' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    const listen = o.listenAddr.at(-1);
    const node = joinSwarm(ctx.env.eng, {
      token: o.token,
      remote: args[0]!,
      availability: availabilityOf(o.availability),
      ...(listen ? { listenAddr: listen.includes(':') ? listen : `${listen}:2377` } : {}),
      ...(o.advertiseAddr ? { advertiseAddr: o.advertiseAddr } : {}),
    });
    ctx.out(`This node joined a swarm as a ${node.spec.Role}.\n`);
    return 0;
  },
});

export const leave = defineCommand<DockerEnv>()({
  use: 'leave [OPTIONS]',
  short: 'Leave the swarm',
  args: noArgs,
  at: [{ parent: 'swarm' }],
  flags: {
    force: f.bool({ short: 'f', usage: 'Force this node to leave the swarm, ignoring warnings' }),
  },
  complete: () => [],
  run(ctx, o) {
    leaveSwarm(ctx.env.eng, o.force);
    ctx.out('Node left the swarm.\n');
    return 0;
  },
});
