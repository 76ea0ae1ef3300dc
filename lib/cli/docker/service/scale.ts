/** `docker service scale SERVICE=REPLICAS...`: `<name> scaled to N`, then each service's progress unless -d. */
import { settle } from '../../../sim/index';
import { scaleService } from '../../../sim/swarm/index';
import { isEngineError } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import { daemonMessage, type DockerEnv } from '../env';
import { waitForService } from './progress';

export const scale = defineCommand<DockerEnv>()({
  use: 'scale SERVICE=REPLICAS [SERVICE=REPLICAS...]',
  short: 'Scale one or multiple replicated services',
  args: requiresMinArgs(1),
  at: [{ parent: 'service' }],
  flags: {
    detach: f.bool({ short: 'd', usage: 'Exit immediately instead of waiting for the service to converge' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    settle(ctx.env.eng);
    for (const a of args) {
      const [name, count] = a.split('=', 2) as [string, string | undefined];
      if (count === undefined || name === '') throw new CliError(`invalid scale specifier '${a}'.\nSee 'docker service scale --help'.\n\nUsage:  docker service scale SERVICE=REPLICAS [SERVICE=REPLICAS...]\n\nScale one or multiple replicated services`);
      if (!/^\d+$/.test(count)) throw new CliError(`${name}: invalid replicas value ${count}: strconv.ParseUint: parsing "${count}": invalid syntax`);
    }
    const errors: string[] = [];
    const scaled: [id: string, name: string][] = [];
    for (const a of args) {
      const [name, count] = a.split('=', 2) as [string, string];
      try {
        const s = scaleService(ctx.env.eng, name, Number(count));
        ctx.out(`${name} scaled to ${Number(count)}\n`);
        scaled.push([s.id, name]);
      } catch (e) {
        if (!isEngineError(e)) throw e;
        errors.push(`${name}: ${e.kind === 'invalidParameter' ? e.message : daemonMessage(e)}`);
      }
    }
    if (!o.detach) for (const [id, name] of scaled) ctx.out(waitForService(ctx.env.eng, id, name));
    if (errors.length) throw new CliError(errors.join('\n'));
    return 0;
  },
});
