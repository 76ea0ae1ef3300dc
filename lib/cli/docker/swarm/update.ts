/** `docker swarm update` (autolock, task history, certificates, raft and dispatcher settings) and `docker swarm ca`. */
import { requireManager, rotateCa, updateSwarm } from '../../../sim/swarm/index';
import { defineCommand, f, noArgs } from '../../command';
import type { DockerEnv } from '../env';
import { changedSettings } from './changed-settings';
import { unlockKeyText } from './texts';

export const update = defineCommand<DockerEnv>()({
  use: 'update [OPTIONS]',
  short: 'Update the swarm',
  args: noArgs,
  at: [{ parent: 'swarm' }],
  flags: {
    autolock: f.bool({ usage: 'Change manager autolocking setting (true|false)' }),
    certExpiry: f.duration({ usage: 'Validity period for node certificates (ns|us|ms|s|m|h)', default: 7776000000000000 }),
    dispatcherHeartbeat: f.duration({ usage: 'Dispatcher heartbeat period (ns|us|ms|s|m|h)', default: 5000000000 }),
    externalCa: f.list({ usage: 'Specifications of one or more certificate signing endpoints', type: 'external-ca' }),
    maxSnapshots: f.uint({ usage: 'Number of additional Raft snapshots to retain' }),
    snapshotInterval: f.uint({ usage: 'Number of log entries between Raft snapshots', default: 10000 }),
    taskHistoryLimit: f.int({ usage: 'Task history retention limit', default: 5 }),
  },
  complete: () => [],
  run(ctx, o) {
    const eng = ctx.env.eng;
    const before = requireManager(eng).spec.EncryptionConfig.AutoLockManagers;
    const cluster = updateSwarm(eng, {
      ...changedSettings(ctx, o),
      ...(ctx.changed('task-history-limit') ? { taskHistoryLimit: o.taskHistoryLimit } : {}),
    });
    ctx.out('Swarm updated.\n');
    if (!before && cluster.spec.EncryptionConfig.AutoLockManagers) ctx.out(unlockKeyText(cluster.unlockKey));
    return 0;
  },
});

export const ca = defineCommand<DockerEnv>()({
  use: 'ca [OPTIONS]',
  short: 'Display and rotate the root CA',
  args: noArgs,
  at: [{ parent: 'swarm' }],
  flags: {
    caCert: f.list({ usage: 'Path to the PEM-formatted root CA certificate to use for the new cluster', type: 'pem-file' }),
    caKey: f.list({ usage: 'Path to the PEM-formatted root CA key to use for the new cluster', type: 'pem-file' }),
    certExpiry: f.duration({ usage: 'Validity period for node certificates (ns|us|ms|s|m|h)', default: 7776000000000000 }),
    detach: f.bool({ short: 'd', usage: 'Exit immediately instead of waiting for the root rotation to converge' }),
    externalCa: f.list({ usage: 'Specifications of one or more certificate signing endpoints', type: 'external-ca' }),
    quiet: f.bool({ short: 'q', usage: 'Suppress progress output' }),
    rotate: f.bool({ usage: 'Rotate the swarm CA - if no certificate or key are provided, new ones will be generated' }),
  },
  complete: () => [],
  run(ctx, o) {
    const eng = ctx.env.eng;
    const cluster = o.rotate ? rotateCa(eng) : requireManager(eng);
    if (o.rotate && !o.detach && !o.quiet) {
      const n = Object.keys(cluster.nodes).length;
      ctx.out(`desired root digest: sha256:${cluster.caDigest.slice(0, 32)}${cluster.caDigest.slice(0, 32)}\n`);
      ctx.out(`  rotated TLS certificates:  [==================================================>] ${n}/${n} nodes\n`);
      ctx.out(`  rotated CA certificates:   [==================================================>] ${n}/${n} nodes\n`);
    }
    if (!o.detach) ctx.out(cluster.trustRoot);
    return 0;
  },
});

