/** `docker volume inspect`: the Engine API's volume JSON, `-f` templates, `get x: no such volume`. */
import { hostOf, inspectVolume, type Engine } from '../../../sim/index';
import { defineCommand, f, requiresMinArgs } from '../../command';
import { inspectWrite, type InspectItem } from '../../format/inspect';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import { DAEMON_PREFIX, type DockerEnv } from '../env';
import { volumeNames } from './completion';

export function volumeInspectItem(eng: Engine, name: string): InspectItem {
  const v = hostOf(eng).volumes[name];
  return v ? { value: inspectVolume(eng, v) } : { error: `${DAEMON_PREFIX}get ${name}: no such volume` };
}

export const inspect = defineCommand<DockerEnv>()({
  use: 'inspect [OPTIONS] VOLUME [VOLUME...]',
  short: 'Display detailed information on one or more volumes',
  args: requiresMinArgs(1),
  at: [{ parent: 'volume' }],
  flags: {
    format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
  },
  complete: (ctx) => volumeNames(ctx.env),
  run(ctx, o, args) {
    const result = inspectWrite(args.map((n) => volumeInspectItem(ctx.env.eng, n)), o.format);
    ctx.out(result.stdout);
    if (result.error) throw result.error;
    return 0;
  },
});
