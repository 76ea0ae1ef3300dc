/** `docker network create`: driver, options, labels, IPAM (subnet/ip-range/gateway), flags; prints the new id. */
import { createNetwork } from '../../../sim/index';
import { defineCommand, exactArgs, f } from '../../command';
import { validateLabel } from '../../flags';
import type { DockerEnv } from '../env';
import { kvToMap } from '../kv-map';
import { ipamConfigs } from './ipam';

export const create = defineCommand<DockerEnv>()({
  use: 'create [OPTIONS] NETWORK',
  short: 'Create a network',
  args: exactArgs(1),
  at: [{ parent: 'network' }],
  flags: {
    driver: f.string({ short: 'd', usage: 'Driver to manage the Network', default: 'bridge' }),
    opt: f.map({ short: 'o', usage: 'Set driver specific options' }),
    label: f.list({ usage: 'Set metadata on a network', validator: validateLabel }),
    internal: f.bool({ usage: 'Restrict external access to the network' }),
    ipv4: f.bool({ usage: 'Enable or disable IPv4 address assignment', default: true }),
    ipv6: f.bool({ usage: 'Enable or disable IPv6 address assignment' }),
    attachable: f.bool({ usage: 'Enable manual container attachment' }),
    ingress: f.bool({ usage: 'Create swarm routing-mesh network' }),
    scope: f.string({ usage: "Control the network's scope" }),
    configOnly: f.bool({ usage: 'Create a configuration only network' }),
    configFrom: f.string({ usage: 'The network from which to copy the configuration' }),
    ipamDriver: f.string({ usage: 'IP Address Management Driver', default: 'default' }),
    subnet: f.stringSlice({ usage: 'Subnet in CIDR format that represents a network segment' }),
    ipRange: f.stringSlice({ usage: 'Allocate container ip from a sub-range' }),
    gateway: f.stringSlice({ usage: 'IPv4 or IPv6 Gateway for the master subnet' }),
    auxAddress: f.map({ usage: 'Auxiliary IPv4 or IPv6 addresses used by Network driver' }),
    ipamOpt: f.map({ usage: 'Set IPAM driver specific options' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    const ipam = ipamConfigs({ subnets: o.subnet, ipRanges: o.ipRange, gateways: o.gateway });
    const first = ipam[0];
    const net = createNetwork(ctx.env.eng, {
      name: args[0]!,
      driver: o.driver,
      ...(first ? { subnet: first.subnet } : {}),
      ...(first?.gateway ? { gateway: first.gateway } : {}),
      ...(first?.ipRange ? { ipRange: first.ipRange } : {}),
      internal: o.internal,
      attachable: o.attachable,
      ingress: o.ingress,
      ipv6: o.ipv6,
      labels: kvToMap(o.label),
      options: o.opt,
      ...(o.scope === 'swarm' || o.scope === 'local' ? { scope: o.scope } : {}),
    });
    ctx.out(net.id + '\n');
    return 0;
  },
});
