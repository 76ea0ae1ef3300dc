/**
 * `docker run` / `docker container run`: parse the options (client errors: exit 125 with the
 * `--help` hint), create (implicit pull), then detached (print the id, start) or attached
 * (start, then the foreground: output, nested shell for `-it`, waiting, or Ctrl+C).
 */
import { startContainer } from '../../../sim/index';
import { CliError, defineCommand, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';
import { stdinIsTerminal } from './terminal';
import { RUN_FLAGS } from './container-flags';
import { createWithPull, parseForCreate, toStatusError } from './create-flow';
import { checkStart } from './daemon-checks';
import { foreground } from './foreground';
import { imageNames } from './completion';

export const run = defineCommand<DockerEnv>()({
  use: 'run [OPTIONS] IMAGE [COMMAND] [ARG...]',
  short: 'Create and run a new container from an image',
  args: requiresMinArgs(1),
  interspersed: false,
  aliasesLine: 'docker container run, docker run',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: RUN_FLAGS,
  complete: (ctx, args) => (args.length === 0 ? imageNames(ctx.env) : []),
  run(ctx, o, args) {
    const parsed = parseForCreate(ctx, o, args, 'run');
    if (o.detach && o.attach.length > 0) throw new CliError('conflicting options: cannot specify both --attach and --detach');
    if (!o.detach && o.tty && parsed.spec.config.AttachStdin && !stdinIsTerminal(ctx.io)) throw new CliError('the input device is not a TTY');
    if (o.detach) {
      const cfg = parsed.spec.config;
      Object.assign(cfg, { AttachStdin: false, AttachStdout: false, AttachStderr: false, StdinOnce: false });
    }
    const eng = ctx.env.eng;
    let c;
    try {
      c = createWithPull(ctx, parsed, o);
    } catch (e) {
      throw toStatusError(e);
    }
    const cfg = c.config;
    const attached = cfg.AttachStdin || cfg.AttachStdout || cfg.AttachStderr;
    if (!attached) ctx.out(c.id + '\n');
    let started;
    try {
      checkStart(c);
      started = startContainer(eng, c.id, o.interactive && ctx.io.stdin !== '' ? { stdin: ctx.io.stdin } : {});
    } catch (e) {
      throw toStatusError(e);
    }
    if (!attached) return 0;
    return foreground(ctx, c, started, {
      interactive: o.interactive,
      sigProxy: o.sigProxy,
      streams: { stdout: cfg.AttachStdout, stderr: cfg.AttachStderr },
    });
  },
});
