/**
 * `docker cp` / `docker container cp`: between the learner's files and a container (running or
 * stopped). Paths on the host are relative to the shell's cwd; `-` streams an archive (the
 * simulator's tar text) to stdout or from stdin. Prints docker's "Successfully copied …".
 */
import { containerFs, copyFromContainer, copyToContainer, requireContainer } from '../../../sim/index';
import { collectEntries, decodeArchive, encodeArchive, extractEntry } from '../../../sim/fs/archive';
import { resolvePath } from '../../../sim/fs/path';
import { CliError, defineCommand, exactArgs, f } from '../../command';
import { humanSizeWithPrecision } from '../../format/units';
import type { DockerEnv } from '../env';
import { containerNames } from './completion';
import { tarStreamSize } from './tar-size';

/** splitCpArg: `web:/etc/hosts` → ['web', '/etc/hosts']; absolute or `./x:y` paths stay local. */
export function splitCpArg(arg: string): [string, string] {
  if (arg.startsWith('/')) return ['', arg];
  const colon = arg.indexOf(':');
  if (colon < 0 || arg.slice(0, colon).startsWith('.')) return ['', arg];
  return [arg.slice(0, colon), arg.slice(colon + 1)];
}

/** filepath.Abs keeping a trailing `/.` or `/` (archive.PreserveTrailingDotOrSeparator). */
function localPath(cwd: string, p: string): string {
  const abs = resolvePath(cwd, p);
  if (p.endsWith('/.') && !abs.endsWith('/.')) return abs + '/.';
  if (p.endsWith('/') && !abs.endsWith('/')) return abs + '/';
  return abs;
}

const copied = (n: number) => `Successfully copied ${humanSizeWithPrecision(n, 3)} to `;

export const cp = defineCommand<DockerEnv>()({
  use: 'cp [OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  short: 'Copy files/folders between a container and the local filesystem',
  long: `Copy files/folders between a container and the local filesystem

Use '-' as the source to read a tar archive from stdin
and extract it to a directory destination in a container.
Use '-' as the destination to stream a tar archive of a
container source to stdout.`,
  args: exactArgs(2),
  aliasesLine: 'docker container cp, docker cp',
  at: [{ parent: 'container' }, { parent: '' }],
  flags: {
    followLink: f.bool({ short: 'L', usage: 'Always follow symbol link in SRC_PATH' }),
    archive: f.bool({ short: 'a', usage: 'Archive mode (copy all uid/gid information)' }),
    quiet: f.bool({ short: 'q', usage: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached' }),
  },
  complete: (ctx) => containerNames(ctx.env).map((n) => n + ':'),
  run(ctx, o, args) {
    if (args[0] === '') throw new CliError('source can not be empty');
    if (args[1] === '') throw new CliError('destination can not be empty');
    const eng = ctx.env.eng;
    const [srcC, srcPath] = splitCpArg(args[0]!);
    const [dstC, dstPath] = splitCpArg(args[1]!);
    if (srcC !== '' && dstC !== '') throw new CliError('copying between containers is not supported');
    if (srcC === '' && dstC === '') throw new CliError('must specify at least one container source');
    if (srcC !== '') {
      const c = requireContainer(eng, srcC);
      if (dstPath === '-') {
        const fs = containerFs(eng, c);
        const base = srcPath.replace(/\/+$/, '').split('/').pop() || '/';
        ctx.out(encodeArchive(collectEntries(fs, srcPath.replace(/\/\.$/, '') || '/', base)));
        return 0;
      }
      const dest = localPath(ctx.io.cwd, dstPath);
      const size = tarStreamSize(containerFs(eng, c), srcPath.replace(/\/\.$/, '').replace(/(.)\/+$/, '$1'));
      copyFromContainer(eng, srcC, srcPath, dest);
      if (!o.quiet) ctx.err(copied(size) + dest + '\n');
      return 0;
    }
    const c = requireContainer(eng, dstC);
    if (srcPath === '-') {
      const fs = containerFs(eng, c);
      if (fs.stat(dstPath)?.type !== 'dir') throw new CliError(`destination "${dstC}:${dstPath}" must be a directory`);
      const entries = decodeArchive(ctx.io.stdin);
      if (!entries) throw new CliError('Error response from daemon: archive/tar: invalid tar header');
      for (const e of entries) extractEntry(fs, dstPath, e);
      return 0;
    }
    const src = localPath(ctx.io.cwd, srcPath);
    const host = eng.rt.hostFs;
    const size = host ? tarStreamSize(host, src.replace(/\/\.$/, '').replace(/(.)\/+$/, '$1')) : 0;
    copyToContainer(eng, src, dstC, dstPath);
    if (!o.quiet) ctx.err(copied(size) + `${dstC}:${dstPath}\n`);
    return 0;
  },
});
