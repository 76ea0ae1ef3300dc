/**
 * `docker rmi` / `docker image rm|remove`: `Untagged:` / `Deleted:` per image, errors joined
 * (Go's errors.Join); with -f, "No such image" errors are printed but do not fail the command.
 */
import { EngineError, parsePlatform, removeImage } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import { imageNames } from '../container/completion';
import { daemonMessage, type DockerEnv } from '../env';

export const rm = defineCommand<DockerEnv>()({
  use: 'rmi [OPTIONS] IMAGE [IMAGE...]',
  short: 'Remove one or more images',
  args: requiresMinArgs(1),
  aliasesLine: 'docker image rm, docker image remove, docker rmi',
  at: [{ parent: 'image', name: 'rm', aliases: ['remove'] }, { parent: '' }],
  flags: {
    force: f.bool({ short: 'f', usage: 'Force removal of the image' }),
    noPrune: f.bool({ usage: 'Do not delete untagged parents' }),
    platform: f.stringSlice({ usage: 'Remove only the given platform variant. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")' }),
  },
  complete: (ctx) => imageNames(ctx.env),
  run(ctx, o, args) {
    for (const p of o.platform) {
      try {
        parsePlatform(p);
      } catch (e) {
        throw new CliError((e as Error).message);
      }
    }
    const errors: string[] = [];
    let fatal = false;
    for (const image of args) {
      try {
        for (const d of removeImage(ctx.env.eng, image, { force: o.force })) ctx.out('deleted' in d ? `Deleted: ${d.deleted}\n` : `Untagged: ${d.untagged}\n`);
      } catch (e) {
        if (!(e instanceof EngineError)) throw e;
        if (e.kind !== 'notFound') fatal = true;
        errors.push(daemonMessage(e));
      }
    }
    if (errors.length === 0) return 0;
    if (!o.force || fatal) throw new CliError(errors.join('\n'));
    ctx.err(errors.join('\n') + '\n');
    return 0;
  },
});
