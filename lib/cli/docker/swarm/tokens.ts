/** `docker swarm join-token`, `unlock-key` and `unlock`: the cluster's secrets for joining and unlocking. */
import { hostOf } from '../../../sim/index';
import { membership, requireManager, unlockSwarm, updateSwarm } from '../../../sim/swarm/index';
import { CliError, defineCommand, exactArgs, f, noArgs } from '../../command';
import type { DockerEnv } from '../env';
import { joinInstructions, managerAddr, unlockKeyText } from './texts';

export const joinToken = defineCommand<DockerEnv>()({
  use: 'join-token [OPTIONS] (worker|manager)',
  short: 'Manage join tokens',
  args: exactArgs(1),
  at: [{ parent: 'swarm' }],
  flags: {
    quiet: f.bool({ short: 'q', usage: 'Only display token' }),
    rotate: f.bool({ usage: 'Rotate join token' }),
  },
  complete: (_ctx, args) => (args.length === 0 ? ['worker', 'manager'] : []),
  run(ctx, o, args) {
    const role = args[0]!;
    if (role !== 'worker' && role !== 'manager') throw new CliError(`unknown role ${role}`);
    const eng = ctx.env.eng;
    let cluster = requireManager(eng);
    if (o.rotate) {
      cluster = updateSwarm(eng, {}, { [role]: true });
      if (!o.quiet) ctx.out(`Successfully rotated ${role} join token.\n\n`);
    }
    const token = cluster.tokens[role];
    ctx.out(o.quiet ? token + '\n' : joinInstructions(role, token, managerAddr(eng, cluster)));
    return 0;
  },
});

export const unlockKey = defineCommand<DockerEnv>()({
  use: 'unlock-key [OPTIONS]',
  short: 'Manage the unlock key',
  args: noArgs,
  at: [{ parent: 'swarm' }],
  flags: {
    quiet: f.bool({ short: 'q', usage: 'Only display token' }),
    rotate: f.bool({ usage: 'Rotate unlock key' }),
  },
  complete: () => [],
  run(ctx, o) {
    const eng = ctx.env.eng;
    let cluster = requireManager(eng);
    if (o.rotate) {
      if (!cluster.spec.EncryptionConfig.AutoLockManagers) throw new CliError('cannot rotate because autolock is not turned on');
      cluster = updateSwarm(eng, {}, { unlockKey: true });
      if (!o.quiet) ctx.out('Successfully rotated manager unlock key.\n\n');
    }
    if (!cluster.spec.EncryptionConfig.AutoLockManagers) throw new CliError('no unlock key is set');
    ctx.out(o.quiet ? cluster.unlockKey + '\n' : unlockKeyText(cluster.unlockKey));
    return 0;
  },
});

export const unlock = defineCommand<DockerEnv>()({
  use: 'unlock',
  short: 'Unlock swarm',
  args: noArgs,
  at: [{ parent: 'swarm' }],
  flags: {},
  complete: () => [],
  run(ctx) {
    const m = membership(hostOf(ctx.env.eng));
    if (!m) throw new CliError('Error: This node is not part of a swarm');
    if (!m.locked) throw new CliError('Error: swarm is not locked');
    // Without a terminal the client reads the key from stdin (`echo $KEY | docker swarm unlock`).
    unlockSwarm(ctx.env.eng, ctx.io.stdin.split('\n')[0]!.trim());
    return 0;
  },
});
