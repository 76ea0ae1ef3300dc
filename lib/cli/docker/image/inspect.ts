/** `docker image inspect`: the API's image JSON (indented array, `json`, or a template per image). */
import { EngineError, inspectImage, parsePlatform, resolveImage } from '../../../sim/index';
import { defineCommand, f, requiresMinArgs } from '../../command';
import { inspectWrite, type InspectItem } from '../../format/inspect';
import { imageNames } from '../container/completion';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import { daemonMessage, type DockerEnv } from '../env';

const PLATFORM_HELP = `Inspect a specific platform of the multi-platform image.
If the image or the server is not multi-platform capable, the command will error out if the platform does not match.
'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)`;

export const inspect = defineCommand<DockerEnv>()({
  use: 'inspect [OPTIONS] IMAGE [IMAGE...]',
  short: 'Display detailed information on one or more images',
  args: requiresMinArgs(1),
  at: [{ parent: 'image' }],
  flags: {
    format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
    platform: f.string({ usage: PLATFORM_HELP }),
  },
  complete: (ctx) => imageNames(ctx.env),
  run(ctx, o, args) {
    const eng = ctx.env.eng;
    const platform = o.platform === '' ? undefined : parsePlatform(o.platform);
    const items: InspectItem[] = args.map((ref) => {
      try {
        const img = resolveImage(eng, ref);
        if (platform && (platform.os !== img.os || platform.architecture !== img.architecture)) {
          return { error: `Error response from daemon: image with reference ${ref} was found but does not match the specified platform: wanted ${o.platform}, actual: ${img.os}/${img.architecture}` };
        }
        return { value: inspectImage(eng, img) };
      } catch (e) {
        if (e instanceof EngineError) return { error: daemonMessage(e) };
        throw e;
      }
    });
    const res = inspectWrite(items, o.format);
    ctx.out(res.stdout);
    if (res.error) throw res.error;
    return 0;
  },
});
