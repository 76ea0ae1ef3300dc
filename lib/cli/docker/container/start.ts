/**
 * `docker start` / `docker container start`: start each container (printing its name; failures
 * listed, then `Error: failed to start containers: …`), or with `-a`/`-i` start one container in
 * the foreground of the terminal (output, nested shell, Ctrl+C).
 */
import { EngineError, requireContainer, startContainer } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { stoppedNames } from './completion';
import { checkStart } from './daemon-checks';
import { foreground } from './foreground';
import { clientText } from './multi';

export const start = defineCommand<DockerEnv>()({
  use: 'start [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Start one or more stopped containers',
  args: requiresMinArgs(1),
  aliasesLine: 'docker container start, docker start',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    attach: f.bool({ short: 'a', usage: 'Attach STDOUT/STDERR and forward signals' }),
    interactive: f.bool({ short: 'i', usage: "Attach container's STDIN" }),
    detachKeys: f.string({ usage: 'Override the key sequence for detaching a container' }),
    checkpoint: f.string({ usage: 'Restore from this checkpoint', annotations: { experimental: '', ostype: 'linux' } }),
    checkpointDir: f.string({ usage: 'Use a custom checkpoint storage directory', annotations: { experimental: '', ostype: 'linux' } }),
  },
  complete: (ctx) => stoppedNames(ctx.env),
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    if (o.attach || o.interactive) {
      if (args.length > 1) throw new CliError('you cannot start and attach multiple containers at once');
      const c = requireContainer(eng, args[0]!);
      let started;
      try {
        checkStart(c);
        started = startContainer(eng, c.id, o.interactive && ctx.io.stdin !== '' ? { stdin: ctx.io.stdin } : {});
      } catch (e) {
        if (!(e instanceof EngineError && e.kind === 'notModified')) throw e;
        started = { output: [], exited: false, exitCode: 0 };
      }
      return foreground(ctx, c, started, { interactive: o.interactive && c.config.OpenStdin, sigProxy: !c.config.Tty });
    }
    if (o.checkpoint !== '') {
      if (args.length > 1) throw new CliError('you cannot restore multiple containers at once');
      throw new EngineError('invalidParameter', 'checkpoint is only supported in experimental mode');
    }
    const failed: string[] = [];
    for (const name of args) {
      try {
        checkStart(requireContainer(eng, name));
        startContainer(eng, name);
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
        if (e.kind !== 'notModified') {
          ctx.err(clientText(e) + '\n');
          failed.push(name);
          continue;
        }
      }
      ctx.out(name + '\n');
    }
    if (failed.length > 0) throw new CliError(`Error: failed to start containers: ${failed.join(', ')}`);
    return 0;
  },
});
