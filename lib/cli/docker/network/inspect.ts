/** `docker network inspect`: the Engine API's network JSON, `-f` templates, errors per missing network. */
import { findNetwork, hostOf, inspectNetwork, type Engine } from '../../../sim/index';
import { defineCommand, f, requiresMinArgs } from '../../command';
import { inspectWrite, type InspectItem } from '../../format/inspect';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import { DAEMON_PREFIX, type DockerEnv } from '../env';
import { networkNames } from './completion';

/** One `docker network inspect` item (also what `docker inspect` shows for a network). */
export function networkInspectItem(eng: Engine, ref: string): InspectItem {
  let n;
  try {
    n = findNetwork(hostOf(eng), ref);
  } catch (e) {
    return { error: DAEMON_PREFIX + (e as Error).message };
  }
  if (!n) return { error: `${DAEMON_PREFIX}network ${ref} not found` };
  return { value: inspectNetwork(eng, n) };
}

export const inspect = defineCommand<DockerEnv>()({
  use: 'inspect [OPTIONS] NETWORK [NETWORK...]',
  short: 'Display detailed information on one or more networks',
  args: requiresMinArgs(1),
  at: [{ parent: 'network' }],
  flags: {
    format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
    verbose: f.bool({ short: 'v', usage: 'Verbose output for diagnostics' }),
  },
  complete: (ctx) => networkNames(ctx.env),
  run(ctx, o, args) {
    const result = inspectWrite(args.map((ref) => networkInspectItem(ctx.env.eng, ref)), o.format);
    ctx.out(result.stdout);
    if (result.error) throw result.error;
    return 0;
  },
});
