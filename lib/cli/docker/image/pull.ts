/**
 * `docker pull` / `docker image pull` (cli/command/image/pull.go): `Using default tag: latest`,
 * the daemon's progress as printed without a terminal (lines with a progress bar are dropped),
 * `Digest:`/`Status:`, then the full reference; `-q` prints only the reference; `-a` pulls every
 * tag (one Status line for the repository); `--platform` (default $DOCKER_DEFAULT_PLATFORM).
 */
import { familiarName, fullString, parseReference, pullAllTags, pullImage, tagNameOnly, type PullResult } from '../../../sim/index';
import { CliError, defineCommand, exactArgs, f } from '../../command';
import { renderPullPlain } from '../container/create-flow';
import type { DockerEnv } from '../env';

/** `-a`: each tag's lines without its Status, then one Status for the repository. */
function allTagsOutput(results: readonly PullResult[], name: string): string {
  let out = '';
  for (const r of results) out += renderPullPlain(r.lines.filter((l) => !l.status.startsWith('Status: ')));
  const upToDate = results.every((r) => r.upToDate);
  return out + (upToDate ? `Status: Image is up to date for ${name}\n` : `Status: Downloaded newer image for ${name}\n`);
}

export const pull = defineCommand<DockerEnv>()({
  use: 'pull [OPTIONS] NAME[:TAG|@DIGEST]',
  short: 'Download an image from a registry',
  args: exactArgs(1),
  aliasesLine: 'docker image pull, docker pull',
  at: [{ parent: 'image' }, { parent: '' }],
  flags: {
    allTags: f.bool({ short: 'a', usage: 'Download all tagged images in the repository' }),
    quiet: f.bool({ short: 'q', usage: 'Suppress verbose output' }),
    platform: f.string({ usage: 'Set platform if server is multi-platform capable' }),
    disableContentTrust: f.bool({ usage: 'Skip image verification', default: true }),
  },
  complete: () => [],
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const ref = parseReference(args[0]!);
    const nameOnly = !ref.tag && !ref.digest;
    if (o.allTags && !nameOnly) throw new CliError("tag can't be used with --all-tags/-a");
    const platform = ctx.changed('platform') ? o.platform : (ctx.io.env['DOCKER_DEFAULT_PLATFORM'] ?? '');
    const opts = platform ? { platform } : {};
    if (o.allTags) {
      const results = pullAllTags(eng, args[0]!, undefined, opts);
      if (!o.quiet) ctx.out(allTagsOutput(results, familiarName(ref)));
      ctx.out(fullString(ref) + '\n');
      return 0;
    }
    const named = tagNameOnly(ref);
    if (nameOnly && !o.quiet) ctx.out(`Using default tag: ${named.tag}\n`);
    const result = pullImage(eng, fullString(named), undefined, opts);
    if (!o.quiet) ctx.out(renderPullPlain(result.lines));
    ctx.out(fullString(named) + '\n');
    return 0;
  },
});
