/** `docker container inspect`: the Engine API's container JSON, `-f` templates, `-s` sizes. */
import { findContainer, hostOf, inspectContainer, type Engine } from '../../../sim/index';
import { defineCommand, f, requiresMinArgs } from '../../command';
import { inspectWrite, type InspectItem } from '../../format/inspect';
import { NIL_PTR } from '../../format/template';
import { DAEMON_PREFIX, type DockerEnv } from '../env';
import { containerNames } from './completion';
import { INSPECT_FORMAT_HELP } from './help-texts';

/** One `docker container inspect` item (also what `docker inspect` shows for a container). */
export function containerInspectItem(eng: Engine, ref: string, size: boolean): InspectItem {
  let c;
  try {
    c = findContainer(hostOf(eng), ref);
  } catch (e) {
    return { error: DAEMON_PREFIX + (e as Error).message };
  }
  if (!c) return { error: `${DAEMON_PREFIX}No such container: ${ref}` };
  // Without --size the sizes are nil pointers the JSON omits: `{{.SizeRw}}` prints `<nil>`, `{{json .SizeRw}}` null.
  return { value: inspectContainer(eng, c, { size }), ...(size ? {} : { omitted: NO_SIZES }) };
}

/** The sizes a container's inspect JSON leaves out without --size (nil pointers in Go). */
export const NO_SIZES = { SizeRw: NIL_PTR, SizeRootFs: NIL_PTR };

export const inspect = defineCommand<DockerEnv>()({
  use: 'inspect [OPTIONS] CONTAINER [CONTAINER...]',
  short: 'Display detailed information on one or more containers',
  args: requiresMinArgs(1),
  at: [{ parent: 'container' }],
  flags: {
    format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
    size: f.bool({ short: 's', usage: 'Display total file sizes' }),
  },
  complete: (ctx) => containerNames(ctx.env),
  run(ctx, o, args) {
    const result = inspectWrite(args.map((ref) => containerInspectItem(ctx.env.eng, ref, o.size)), o.format);
    ctx.out(result.stdout);
    if (result.error) throw result.error;
    return 0;
  },
});
