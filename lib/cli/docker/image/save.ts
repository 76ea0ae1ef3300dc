/**
 * `docker save` / `docker image save`: the images as an archive (OCI layout) to `-o FILE` or to
 * stdout when it is redirected; a terminal gets docker's refusal.
 */
import { parsePlatform, savedArchiveSize, saveImages } from '../../../sim/index';
import type { FileSystem } from '../../../sim/fs/types';
import { resolvePath } from '../../../sim/fs/path';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import { imageNames } from '../container/completion';
import type { DockerEnv } from '../env';
import { stdoutIsTerminal } from './terminal';

/** atomicwriter's validateDestination: the directory must exist, the target must not be a directory. */
function destinationProblem(fs: FileSystem, given: string, path: string): string | undefined {
  const slash = given.lastIndexOf('/');
  const dir = slash < 0 ? '.' : slash === 0 ? '/' : given.slice(0, slash);
  const st = fs.stat(path.slice(0, path.lastIndexOf('/')) || '/');
  if (!st) return `invalid output path: stat ${dir}: no such file or directory`;
  if (st.type !== 'dir') return `invalid output path: stat ${dir}: not a directory`;
  if (fs.lstat(path)?.type === 'dir') return 'cannot write to a directory';
  return undefined;
}

export const save = defineCommand<DockerEnv>()({
  use: 'save [OPTIONS] IMAGE [IMAGE...]',
  short: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  args: requiresMinArgs(1),
  aliasesLine: 'docker image save, docker save',
  at: [{ parent: 'image' }, { parent: '' }],
  flags: {
    output: f.string({ short: 'o', usage: 'Write to a file, instead of STDOUT' }),
    platform: f.string({ usage: 'Save only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' }),
  },
  complete: (ctx) => imageNames(ctx.env),
  run(ctx, o, args) {
    if (o.platform !== '') {
      try {
        parsePlatform(o.platform);
      } catch (e) {
        throw new CliError(`invalid platform: ${(e as Error).message}`);
      }
    }
    if (o.output === '' && stdoutIsTerminal(ctx.io)) throw new CliError('cowardly refusing to save to a terminal. Use the -o flag or redirect');
    const archive = saveImages(ctx.env.eng, args);
    if (o.output === '') {
      ctx.out(archive);
      return 0;
    }
    const path = resolvePath(ctx.io.cwd, o.output);
    const problem = destinationProblem(ctx.io.fs, o.output, path);
    if (problem) throw new CliError(`failed to save image: ${problem}`);
    ctx.io.fs.writeFile(path, archive, { mode: 0o600, size: savedArchiveSize(ctx.env.eng, args, archive) });
    return 0;
  },
});
