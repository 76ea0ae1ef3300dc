/**
 * The kubectl dialect of the shared framework, with kubectl's own help pages, group commands that
 * print their help and fail (to stderr; `rollout` to stdout), and typed API errors turned into
 * kubectl's messages.
 */
import { CliError, kubectlDialect, type Dialect } from '../command';
import { mapKubeError } from './errors';
import { kubectlHelp } from './help';
import type { KubectlEnv } from './env';

export function dialect(): Dialect<KubectlEnv> {
  const base = kubectlDialect<KubectlEnv>({ mapError: mapKubeError });
  return {
    ...base,
    help: (node) => kubectlHelp(node),
    groupRun(ctx) {
      if (ctx.args.length > 0) throw new CliError(`error: unknown command "${ctx.args[0]}"\nSee '${ctx.node.path} -h' for help and examples`, 1);
      if (ctx.node.name === 'rollout') ctx.out(ctx.help());
      else ctx.err(ctx.help());
      return 1;
    },
  };
}
