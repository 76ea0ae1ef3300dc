/**
 * `docker attach` / `docker container attach`: connect the terminal to a running container's main
 * process — a nested shell when it is a shell with stdin open (`docker run -dit alpine sh`), else
 * its output from now on until Ctrl+C (proxied as SIGINT unless --sig-proxy=false or a TTY).
 */
import { requireContainer, type ContainerRecord } from '../../../sim/index';
import { CliError, defineCommand, exactArgs, f, type RunContext } from '../../command';
import type { DockerEnv } from '../env';
import { stdinIsTerminal } from './terminal';
import { runningNames } from './completion';
import { foreground } from './foreground';

export const attach = defineCommand<DockerEnv>()({
  use: 'attach [OPTIONS] CONTAINER',
  short: 'Attach local standard input, output, and error streams to a running container',
  args: exactArgs(1),
  aliasesLine: 'docker container attach, docker attach',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    noStdin: f.bool({ usage: 'Do not attach STDIN' }),
    sigProxy: f.bool({ usage: 'Proxy all received signals to the process', default: true }),
    detachKeys: f.string({ usage: 'Override the key sequence for detaching a container' }),
  },
  complete: (ctx) => runningNames(ctx.env),
  run: (ctx, o, args) => attachContainer(ctx, requireContainer(ctx.env.eng, args[0]!), o),
});

/** container.RunAttach: the checks, then the terminal joins the container (also `docker compose attach`). */
export function attachContainer(ctx: RunContext<DockerEnv>, c: ContainerRecord, o: { noStdin: boolean; sigProxy: boolean }): number {
  if (!c.state.Running) throw new CliError('You cannot attach to a stopped container, start it first');
  if (c.state.Paused) throw new CliError('You cannot attach to a paused container, unpause it first');
  if (c.state.Restarting) throw new CliError('You cannot attach to a restarting container, wait until it is running');
  if (!o.noStdin && c.config.Tty && !stdinIsTerminal(ctx.io)) throw new CliError('the input device is not a TTY');
  return foreground(ctx, c, { output: [], exited: false, exitCode: 0 }, { interactive: !o.noStdin && c.config.OpenStdin, sigProxy: o.sigProxy && !c.config.Tty });
}
