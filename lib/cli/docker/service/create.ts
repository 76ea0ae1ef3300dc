/** `docker service create`: the spec from the flags, the service id, then the convergence progress unless -d. */
import { settle } from '../../../sim/index';
import { createService } from '../../../sim/swarm/index';
import { defineCommand, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { CREATE_FLAGS } from './create-flags';
import { waitForService } from './progress';
import { buildSpec, resolveImage } from './spec-build';

export const create = defineCommand<DockerEnv>()({
  use: 'create [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create a new service',
  args: requiresMinArgs(1),
  interspersed: false,
  at: [{ parent: 'service' }],
  flags: CREATE_FLAGS,
  complete: () => [],
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const eng = ctx.env.eng;
    const changed = (f: string) => ctx.changed(f);
    const resolved = resolveImage(eng, args[0]!, o.noResolveImage);
    const spec = buildSpec(eng, o, resolved.image, args.slice(1), changed);
    const s = createService(eng, spec);
    if (resolved.warning) ctx.err(resolved.warning);
    ctx.out(s.id + '\n');
    settle(eng);
    if (o.detach || o.quiet) {
      if (!o.detach) waitForService(eng, s.id);
      return 0;
    }
    ctx.out(waitForService(eng, s.id));
    return 0;
  },
});
