/**
 * `docker load` / `docker image load`: an archive from `-i FILE` or stdin; `Loaded image:
 * nginx:latest` or `Loaded image ID: sha256:…` per image.
 */
import { loadImages, parsePlatform } from '../../../sim/index';
import { resolvePath } from '../../../sim/fs/path';
import { CliError, defineCommand, f, noArgs } from '../../command';
import type { DockerEnv } from '../env';

export const load = defineCommand<DockerEnv>()({
  use: 'load [OPTIONS]',
  short: 'Load an image from a tar archive or STDIN',
  args: noArgs,
  aliasesLine: 'docker image load, docker load',
  at: [{ parent: 'image' }, { parent: '' }],
  flags: {
    input: f.string({ short: 'i', usage: 'Read from tar archive file, instead of STDIN' }),
    quiet: f.bool({ short: 'q', usage: 'Suppress the load output' }),
    platform: f.string({ usage: 'Load only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' }),
  },
  complete: () => [],
  run(ctx, o) {
    let data: string;
    if (o.input === '') {
      if (ctx.io.stdin === '') throw new CliError('requested load from stdin, but stdin is empty');
      data = ctx.io.stdin;
    } else {
      const path = resolvePath(ctx.io.cwd, o.input);
      const st = ctx.io.fs.stat(path);
      if (!st) throw new CliError(`open ${o.input}: no such file or directory`);
      if (st.type === 'dir') throw new CliError('Error response from daemon: unexpected EOF');
      data = ctx.io.fs.readFile(path);
    }
    if (o.platform !== '') {
      try {
        parsePlatform(o.platform);
      } catch (e) {
        throw new CliError(`invalid platform: ${(e as Error).message}`);
      }
    }
    const result = loadImages(ctx.env.eng, data);
    // Without a terminal the client asks for quiet output: only the "Loaded image" lines.
    for (const l of result.loaded) ctx.out('ref' in l ? `Loaded image: ${l.ref}\n` : `Loaded image ID: ${l.id}\n`);
    return 0;
  },
});
