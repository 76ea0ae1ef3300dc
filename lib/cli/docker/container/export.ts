/** `docker export` / `docker container export`: the container's filesystem as an archive (`-o` file or stdout). */
import { stdoutIsTerminal } from './terminal';
import { exportContainer } from '../../../sim/index';
import { resolvePath } from '../../../sim/fs/path';
import { CliError, defineCommand, exactArgs, f } from '../../command';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';

export const exportCmd = defineCommand<DockerEnv>()({
  use: 'export [OPTIONS] CONTAINER',
  short: "Export a container's filesystem as a tar archive",
  args: exactArgs(1),
  aliasesLine: 'docker container export, docker export',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: { output: f.string({ short: 'o', usage: 'Write to a file, instead of STDOUT' }) },
  complete: (ctx) => containerNames(ctx.env),
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    if (o.output === '') {
      if (stdoutIsTerminal(ctx.io)) throw new CliError('cowardly refusing to save to a terminal. Use the -o flag or redirect');
      ctx.out(exportContainer(eng, args[0]!));
      return 0;
    }
    const path = resolvePath(ctx.io.cwd, o.output);
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    if (ctx.io.fs.stat(parent)?.type !== 'dir') throw new CliError(`failed to export container: open ${o.output}: no such file or directory`);
    const archive = exportContainer(eng, args[0]!);
    try {
      ctx.io.fs.writeFile(path, archive, { mode: 0o600 });
    } catch {
      throw new CliError(`failed to export container: open ${o.output}: permission denied`);
    }
    return 0;
  },
});
