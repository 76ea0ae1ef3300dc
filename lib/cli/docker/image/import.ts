/**
 * `docker import` / `docker image import`: a filesystem archive (file, `-` for stdin, or an
 * http(s) URL the daemon downloads) becomes a one-layer image; `-c` applies Dockerfile
 * instructions, `-m` sets the comment; prints the new image's id.
 */
import { httpRequest, importImage, parsePlatform, parseReference } from '../../../sim/index';
import { resolvePath } from '../../../sim/fs/path';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import type { DockerEnv } from '../env';

function download(ctx: { env: DockerEnv }, url: string): string {
  const r = httpRequest(ctx.env.eng, { kind: 'host' }, url);
  if (r.ok) return r.response.body;
  const u = url.replace(/^https?:\/\//, '').split('/')[0]!;
  const why = r.error === 'resolve' ? `dial tcp: lookup ${u.split(':')[0]} on 127.0.0.53:53: no such host` : 'connect: connection refused';
  throw new CliError(`Error response from daemon: Get "${url}": ${why}`);
}

export const importCmd = defineCommand<DockerEnv>()({
  use: 'import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  short: 'Import the contents from a tarball to create a filesystem image',
  args: requiresMinArgs(1),
  aliasesLine: 'docker image import, docker import',
  at: [{ parent: 'image' }, { parent: '' }],
  flags: {
    change: f.list({ short: 'c', usage: 'Apply Dockerfile instruction to the created image' }),
    message: f.string({ short: 'm', usage: 'Set commit message for imported image' }),
    platform: f.string({ usage: 'Set platform if server is multi-platform capable' }),
  },
  run(ctx, o, args) {
    const [source, reference] = [args[0]!, args[1]];
    if (reference !== undefined && reference !== '') parseReference(reference);
    const platform = ctx.changed('platform') ? o.platform : (ctx.io.env['DOCKER_DEFAULT_PLATFORM'] ?? '');
    if (platform !== '') parsePlatform(platform);
    let data: string;
    let from = '-';
    if (source === '-') data = ctx.io.stdin;
    else if (/^https?:\/\//.test(source)) {
      data = download(ctx, source);
      from = source;
    } else {
      const path = resolvePath(ctx.io.cwd, source);
      const st = ctx.io.fs.stat(path);
      if (!st) throw new CliError(`open ${source}: no such file or directory`);
      if (st.type === 'dir') throw new CliError(`read ${source}: is a directory`);
      data = ctx.io.fs.readFile(path);
    }
    const image = importImage(ctx.env.eng, data, {
      ...(reference ? { reference } : {}),
      message: o.message !== '' ? o.message : `Imported from ${from}`,
      changes: o.change,
    });
    ctx.out(`${image.id}\n`);
    return 0;
  },
});
