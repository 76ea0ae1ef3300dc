/** `docker node update`, `promote`, `demote`, `rm`: changes to nodes, one line per node as docker prints them. */
import { settle } from '../../../sim/index';
import { isEngineError } from '../../../sim/index';
import { getNode, removeNode, updateNode, type NodeRole } from '../../../sim/swarm/index';
import { CliError, defineCommand, exactArgs, f, requiresMinArgs, type Command } from '../../command';
import { validateLabel } from '../../flags';
import { daemonMessage, type DockerEnv } from '../env';
import { nodeNames } from '../service/completion';
import { availabilityOf } from '../swarm/init';
import { kvToMap } from '../kv-map';

export const update = defineCommand<DockerEnv>()({
  use: 'update [OPTIONS] NODE',
  short: 'Update a node',
  args: exactArgs(1),
  at: [{ parent: 'node' }],
  flags: {
    availability: f.string({ usage: 'Availability of the node ("active", "pause", "drain")' }),
    labelAdd: f.list({ usage: 'Add or update a node label ("key=value")', validator: validateLabel }),
    labelRm: f.list({ usage: 'Remove a node label if exists' }),
    role: f.string({ usage: 'Role of the node ("worker", "manager")' }),
  },
  complete: (ctx) => nodeNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    let role: NodeRole | undefined;
    if (ctx.changed('role')) {
      if (o.role !== 'worker' && o.role !== 'manager') throw new CliError(`invalid role ${o.role}, only worker and manager are supported`);
      role = o.role;
    }
    updateNode(ctx.env.eng, args[0]!, {
      ...(ctx.changed('availability') ? { availability: availabilityOf(o.availability) } : {}),
      ...(role ? { role } : {}),
      labelAdd: kvToMap(o.labelAdd),
      labelRm: o.labelRm,
    });
    settle(ctx.env.eng);
    ctx.out(args[0] + '\n');
    return 0;
  },
});

function roleChange(role: NodeRole): Command<DockerEnv> {
  const promote = role === 'manager';
  return defineCommand<DockerEnv>()({
    use: `${promote ? 'promote' : 'demote'} NODE [NODE...]`,
    short: promote ? 'Promote one or more nodes to manager in the swarm' : 'Demote one or more nodes from manager in the swarm',
    args: requiresMinArgs(1),
    at: [{ parent: 'node' }],
    flags: {},
    complete: (ctx) => nodeNames(ctx.env),
    run(ctx, _o, args) {
      settle(ctx.env.eng);
      for (const name of args) {
        const node = getNode(ctx.env.eng, name);
        if (node.spec.Role === role) {
          ctx.out(promote ? `Node ${name} is already a manager.\n` : `Node ${name} is already a worker.\n`);
          continue;
        }
        updateNode(ctx.env.eng, name, { role });
        ctx.out(promote ? `Node ${name} promoted to a manager in the swarm.\n` : `Manager ${name} demoted in the swarm.\n`);
      }
      return 0;
    },
  });
}

export const promote = roleChange('manager');
export const demote = roleChange('worker');

export const rm = defineCommand<DockerEnv>()({
  use: 'rm [OPTIONS] NODE [NODE...]',
  short: 'Remove one or more nodes from the swarm',
  args: requiresMinArgs(1),
  aliasesLine: 'docker node rm, docker node remove',
  at: [{ parent: 'node', aliases: ['remove'] }],
  flags: {
    force: f.bool({ short: 'f', usage: 'Force remove a node from the swarm' }),
  },
  complete: (ctx) => nodeNames(ctx.env),
  run(ctx, o, args) {
    settle(ctx.env.eng);
    const errors: string[] = [];
    for (const name of args) {
      try {
        removeNode(ctx.env.eng, name, o.force);
        ctx.out(name + '\n');
      } catch (e) {
        if (!isEngineError(e)) throw e;
        errors.push(daemonMessage(e));
      }
    }
    if (errors.length) throw new CliError(errors.join('\n'));
    return 0;
  },
});
