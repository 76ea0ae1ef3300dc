/**
 * `docker inspect`: any object by name or id — container, then image, network, volume, then the
 * swarm objects on a manager (../swarm/inspect-objects.ts) — or one `--type`; the same output as the per-type inspect verbs,
 * `Error: No such object: x` when nothing matches.
 */
import { findAnyObject, inspectContainer, inspectImage, inspectNetwork, inspectVolume, type Engine } from '../../../sim/index';
import { CliError, defineCommand, f, requiresMinArgs } from '../../command';
import { inspectWrite, type InspectItem } from '../../format/inspect';
import { NO_SIZES } from '../container/inspect';
import { INSPECT_FORMAT_HELP } from '../container/help-texts';
import { detectSwarmObject, swarmInspectItem, type SwarmInspectType } from '../swarm/inspect-objects';
import { DAEMON_PREFIX, type DockerEnv } from '../env';

const ALL_TYPES = ['config', 'container', 'image', 'network', 'node', 'plugin', 'secret', 'service', 'task', 'volume'];
const SWARM_TYPES = new Set(['config', 'node', 'secret', 'service', 'task']);

/** What the per-type inspect returns when the object is missing (the daemon's words). */
function notFoundText(type: string, ref: string): string {
  switch (type) {
    case 'container':
      return `No such container: ${ref}`;
    case 'image':
      return `No such image: ${ref.includes(':') || ref.includes('@') ? ref : `${ref}:latest`}`;
    case 'network':
      return `network ${ref} not found`;
    case 'volume':
      return `get ${ref}: no such volume`;
    case 'plugin':
      return `plugin "${ref}" not found`;
    default:
      return `${type} ${ref} not found`;
  }
}

export function anyInspectItem(eng: Engine, ref: string, type: string, size: boolean, warn: (s: string) => void): InspectItem {
  if (SWARM_TYPES.has(type)) return swarmInspectItem(eng, ref, type as SwarmInspectType);
  const found = type === '' || ['container', 'image', 'network', 'volume'].includes(type) ? findAnyObject(eng, ref, (type || undefined) as 'container' | undefined) : null;
  const swarm = !found && type === '' ? detectSwarmObject(eng, ref) : null;
  if (swarm && size) warn(`WARNING: --size ignored for ${swarm.type}\n`);
  if (swarm) return swarm.item;
  if (!found) return { error: type === '' ? `Error: No such object: ${ref}` : DAEMON_PREFIX + notFoundText(type, ref) };
  if (size && found.type !== 'container') warn(`WARNING: --size ignored for ${found.type}\n`);
  switch (found.type) {
    case 'container':
      return { value: inspectContainer(eng, found.object, { size }), ...(size ? {} : { omitted: NO_SIZES }) };
    case 'image':
      return { value: inspectImage(eng, found.object) };
    case 'network':
      return { value: inspectNetwork(eng, found.object) };
    case 'volume':
      return { value: inspectVolume(eng, found.object) };
  }
}

export const inspect = defineCommand<DockerEnv>()({
  use: 'inspect [OPTIONS] NAME|ID [NAME|ID...]',
  short: 'Return low-level information on Docker objects',
  args: requiresMinArgs(1),
  at: [{ parent: '' }],
  flags: {
    format: f.string({ short: 'f', usage: INSPECT_FORMAT_HELP }),
    size: f.bool({ short: 's', usage: 'Display total file sizes if the type is container' }),
    type: f.string({ usage: 'Only inspect objects of the given type' }),
  },
  complete: () => [],
  run(ctx, o, args) {
    if (ctx.changed('type') && o.type === '') throw new CliError(`type is empty: must be one of "${ALL_TYPES.join('", "')}"`);
    if (o.type !== '' && !ALL_TYPES.includes(o.type)) throw new CliError(`unknown type: "${o.type}": must be one of "${ALL_TYPES.join('", "')}"`);
    const items = args.map((ref) => anyInspectItem(ctx.env.eng, ref, o.type, o.size, (s) => ctx.err(s)));
    const result = inspectWrite(items, o.format);
    ctx.out(result.stdout);
    if (result.error) throw result.error;
    return 0;
  },
});
