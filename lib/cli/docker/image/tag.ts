/**
 * `docker tag` / `docker image tag`: the client checks both references (client.ImageTag: wrapped
 * parse errors, no digest targets), then the daemon points the target at the source's image.
 */
import { ClientError, parseReference, tagImage } from '../../../sim/index';
import { CliError, defineCommand, exactArgs } from '../../command';
import { imageNames } from '../container/completion';
import type { DockerEnv } from '../env';

const FULL_ID = /^(sha256:)?[a-f0-9]{64}$/;

function checked(ref: string, allowId: boolean): ReturnType<typeof parseReference> | null {
  if (allowId && FULL_ID.test(ref)) return null;
  try {
    return parseReference(ref);
  } catch (e) {
    if (e instanceof ClientError) throw new CliError(`Error parsing reference: "${ref}" is not a valid repository/tag: ${e.message}`);
    throw e;
  }
}

export const tag = defineCommand<DockerEnv>()({
  use: 'tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  short: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  args: exactArgs(2),
  interspersed: false,
  aliasesLine: 'docker image tag, docker tag',
  at: [{ parent: 'image' }, { parent: '' }],
  complete: (ctx, args) => (args.length < 2 ? imageNames(ctx.env) : []),
  run(ctx, _o, args) {
    const [source, target] = [args[0]!, args[1]!];
    checked(source, true);
    if (checked(target, false)?.digest) throw new CliError('refusing to create a tag with a digest reference');
    tagImage(ctx.env.eng, source, target);
    return 0;
  },
});
