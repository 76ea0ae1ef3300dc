/**
 * minikube kubectl -- ARGS: runs the kubectl matching the cluster (v1.33.1, downloaded to
 * ~/.minikube/cache the first time) against the minikube context.
 */
import { runTool } from '../../command';
import { kubectlTool } from '../../kubectl/tool';
import { home, running } from '../env';
import { minikubeCommand } from './define';

export const kubectl = minikubeCommand({
  use: 'kubectl',
  short: 'Run a kubectl binary matching the cluster version',
  disableFlagParsing: true,
  run(ctx, _opts, args) {
    running(ctx);
    const bin = `${home(ctx)}/.minikube/cache/linux/amd64/v1.33.1/kubectl`;
    const fs = ctx.io.fs;
    if (!fs.stat(bin)) {
      ctx.err('    > kubectl.sha256:  64 B / 64 B [-------------------------] 100.00% ? p/s 0s\n    > kubectl:  57.34 MiB / 57.34 MiB [-------------] 100.00% 39.59 MiB p/s 1.6s\n');
      fs.mkdir(bin.slice(0, bin.lastIndexOf('/')), { recursive: true });
      fs.writeFile(bin, '', { mode: 0o755 });
    }
    const rest = args[0] === '--' ? args.slice(1) : args;
    return runTool(kubectlTool(), rest, ctx.io, { eng: ctx.env.eng, clientVersion: 'v1.33.1' });
  },
});
