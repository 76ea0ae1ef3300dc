/** `docker swarm init`: a new one-manager swarm; prints the worker join command (and the unlock key with --autolock). */
import { initSwarm, requireManager, type Availability } from '../../../sim/swarm/index';
import { CliError, defineCommand, f, noArgs } from '../../command';
import type { DockerEnv } from '../env';
import { changedSettings } from './changed-settings';
import { joinInstructions, managerAddr, unlockKeyText } from './texts';

export function availabilityOf(value: string): Availability {
  const v = value.toLowerCase();
  if (v === 'active' || v === 'pause' || v === 'drain') return v;
  throw new CliError(`invalid availability "${value}", only active, pause and drain are supported`);
}

export const init = defineCommand<DockerEnv>()({
  use: 'init [OPTIONS]',
  short: 'Initialize a swarm',
  args: noArgs,
  at: [{ parent: 'swarm' }],
  flags: {
    advertiseAddr: f.string({ usage: 'Advertised address (format: "<ip|interface>[:port]")' }),
    autolock: f.bool({ usage: 'Enable manager autolocking (requiring an unlock key to start a stopped manager)' }),
    availability: f.string({ usage: 'Availability of the node ("active", "pause", "drain")', default: 'active' }),
    certExpiry: f.duration({ usage: 'Validity period for node certificates (ns|us|ms|s|m|h)', default: 7776000000000000 }),
    dataPathAddr: f.string({ usage: 'Address or interface to use for data path traffic (format: "<ip|interface>")' }),
    dataPathPort: f.uint({ usage: 'Port number to use for data path traffic (1024 - 49151). If no value is set or is set to 0, the default port (4789) is used.', bits: 32 }),
    defaultAddrPool: f.list({ usage: 'default address pool in CIDR format (default [])', type: 'ipNetSlice' }),
    defaultAddrPoolMaskLength: f.uint({ usage: 'default address pool subnet mask length', default: 24, bits: 32 }),
    dispatcherHeartbeat: f.duration({ usage: 'Dispatcher heartbeat period (ns|us|ms|s|m|h)', default: 5000000000 }),
    externalCa: f.list({ usage: 'Specifications of one or more certificate signing endpoints', type: 'external-ca' }),
    forceNewCluster: f.bool({ usage: 'Force create a new cluster from current state' }),
    listenAddr: f.list({ usage: 'Listen address (format: "<ip|interface>[:port]") (default 0.0.0.0:2377)', type: 'node-addr' }),
    maxSnapshots: f.uint({ usage: 'Number of additional Raft snapshots to retain' }),
    snapshotInterval: f.uint({ usage: 'Number of log entries between Raft snapshots', default: 10000 }),
    taskHistoryLimit: f.int({ usage: 'Task history retention limit', default: 5 }),
  },
  complete: () => [],
  run(ctx, o) {
    const eng = ctx.env.eng;
    const listen = o.listenAddr.at(-1);
    const node = initSwarm(eng, {
      ...(listen ? { listenAddr: listen.includes(':') ? listen : `${listen}:2377` } : {}),
      ...(o.advertiseAddr ? { advertiseAddr: o.advertiseAddr } : {}),
      forceNewCluster: o.forceNewCluster,
      availability: availabilityOf(o.availability),
      defaultAddrPool: o.defaultAddrPool.flatMap((p) => p.split(',')),
      subnetSize: o.defaultAddrPoolMaskLength,
      dataPathPort: o.dataPathPort,
      taskHistoryLimit: o.taskHistoryLimit,
      ...changedSettings(ctx, o),
    });
    const cluster = requireManager(eng);
    let out = `Swarm initialized: current node (${node.id}) is now a manager.\n\n`;
    out += joinInstructions('worker', cluster.tokens.worker, managerAddr(eng, cluster));
    out += "To add a manager to this swarm, run 'docker swarm join-token manager' and follow the instructions.\n\n";
    if (cluster.spec.EncryptionConfig.AutoLockManagers) out += unlockKeyText(cluster.unlockKey);
    ctx.out(out);
    return 0;
  },
});
