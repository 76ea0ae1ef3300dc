/**
 * `docker push` / `docker image push` (cli/command/image/push.go): `Using default tag`, the
 * daemon's stream (The push refers to repository…, per-layer lines, `<tag>: digest: … size: N`)
 * printed as without a terminal, the in-stream error last (exit 1); `-q` prints only the
 * reference. The credentials for the registry come from the config file (`docker login`).
 */
import { fullString, parseReference, parsePlatform, pushImage, tagNameOnly } from '../../../sim/index';
import { CliError, StatusError, defineCommand, exactArgs, f } from '../../command';
import { imageNames } from '../container/completion';
import type { DockerEnv } from '../env';
import { configDir, getAuth, INDEX_SERVER, readConfig } from './credentials';

const PLATFORM_HELP = `Push a platform-specific manifest as a single-platform image to the registry.
Image index won't be pushed, meaning that other manifests, including attestations won't be preserved.
'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)`;

const PLATFORM_NOTE = [
  'Using --platform pushes only the specified platform manifest of a multi-platform image index.',
  'Other components, like attestations, will not be included.',
  'To push the complete multi-platform image, remove the --platform flag.',
  '',
];

/** tui PrintNote without a terminal: ` Info -> ` then the lines, indented under it. */
export function note(lines: readonly string[]): string {
  const header = ' Info -> ';
  return '\n' + lines.map((l, i) => (i === 0 ? header : ' '.repeat(header.length)) + l + '\n').join('');
}

export const push = defineCommand<DockerEnv>()({
  use: 'push [OPTIONS] NAME[:TAG]',
  short: 'Upload an image to a registry',
  args: exactArgs(1),
  aliasesLine: 'docker image push, docker push',
  at: [{ parent: 'image' }, { parent: '' }],
  flags: {
    allTags: f.bool({ short: 'a', usage: 'Push all tags of an image to the repository' }),
    quiet: f.bool({ short: 'q', usage: 'Suppress verbose output' }),
    disableContentTrust: f.bool({ usage: 'Skip image signing', default: true }),
    platform: f.string({ usage: PLATFORM_HELP }),
  },
  complete: (ctx, args) => (args.length === 0 ? imageNames(ctx.env) : []),
  run(ctx, o, args) {
    if (o.platform !== '') {
      try {
        parsePlatform(o.platform);
      } catch (e) {
        ctx.err(`Invalid platform ${o.platform}`);
        throw new CliError((e as Error).message);
      }
      ctx.out(note(PLATFORM_NOTE));
    }
    let ref = parseReference(args[0]!);
    const nameOnly = !ref.tag && !ref.digest;
    if (o.allTags && !nameOnly) throw new CliError("tag can't be used with --all-tags/-a");
    if (!o.allTags && nameOnly) {
      ref = tagNameOnly(ref);
      if (!o.quiet) ctx.out(`Using default tag: ${ref.tag}\n`);
    }
    const cfg = readConfig(ctx.io, configDir(ctx));
    const stored = getAuth(cfg, ref.domain === 'docker.io' ? INDEX_SERVER : ref.domain);
    const result = pushImage(ctx.env.eng, fullString(ref), { auth: stored ? { username: stored.username } : null });
    if (!o.quiet) for (const l of result.lines) ctx.out((l.id ? `${l.id}: ` : '') + l.status + '\n');
    if (result.error !== undefined) throw new StatusError(1, result.error);
    if (o.quiet) ctx.out(fullString(ref) + '\n');
    return 0;
  },
});
