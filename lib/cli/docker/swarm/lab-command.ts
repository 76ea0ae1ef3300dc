/**
 * `dockerlings` — the course's lab control (not a Docker command): extra machines for swarm
 * lessons. `dockerlings node add NAME [--role worker|manager]` starts a machine (joined to the
 * learner's swarm when a role is given), `dockerlings node stop|start NAME` powers it off and on,
 * `dockerlings node ls` lists the machines, `dockerlings ssh NAME docker …` runs a docker command
 * on that machine (e.g. the `docker swarm join --token … 10.0.2.15:2377` that `swarm init` prints).
 */
import type { CommandContext, CommandFn } from '../../../shell/types';
import { isEngineError, onHost, settle, type Engine } from '../../../sim/index';
import { addNode, labMachines, setNodePower } from '../../../sim/swarm/index';
import { dockerCommand } from '../tool';

const USAGE = `Usage:  dockerlings node add NAME [--role worker|manager]
        dockerlings node stop|start NAME
        dockerlings node ls
        dockerlings ssh NAME docker COMMAND [ARG...]

Simulated lab machines for the swarm lessons.
`;

function nodeVerb(eng: Engine, ctx: CommandContext, args: readonly string[]): number {
  const [verb, name] = args;
  if (verb === 'ls' && !name) {
    const rows = labMachines(eng).map((m) => `${m.hostname.padEnd(14)}${m.ip.padEnd(16)}${(m.off ? 'off' : 'running').padEnd(10)}${m.role || '-'}`);
    ctx.stdout(`${'NAME'.padEnd(14)}${'ADDRESS'.padEnd(16)}${'POWER'.padEnd(10)}SWARM\n${rows.join('\n')}\n`);
    return 0;
  }
  if (!name || !['add', 'stop', 'start'].includes(verb ?? '')) {
    ctx.stderr(USAGE);
    return 2;
  }
  if (verb === 'add') {
    const i = args.indexOf('--role');
    const role = i > 0 ? args[i + 1] : undefined;
    if (role !== undefined && role !== 'worker' && role !== 'manager') {
      ctx.stderr(`dockerlings: --role must be worker or manager\n`);
      return 2;
    }
    const node = addNode(eng, { hostname: name, ...(role ? { role } : {}) });
    settle(eng);
    const ip = labMachines(eng).find((m) => m.hostname === name)?.ip ?? '';
    ctx.stdout(`Machine ${name} (${ip}) is running${node ? ` and joined the swarm as a ${node.spec.Role}` : ''}.\n`);
    return 0;
  }
  setNodePower(eng, name, verb === 'start');
  settle(eng);
  ctx.stdout(`Machine ${name} ${verb === 'start' ? 'started' : 'stopped'}.\n`);
  return 0;
}

export function labCommand(eng: Engine): CommandFn {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    try {
      if (args[0] === 'node') return nodeVerb(eng, ctx, args.slice(1));
      if (args[0] === 'ssh' && args[1] && args[2] === 'docker') {
        const machine = labMachines(eng).find((m) => m.hostname === args[1]);
        if (!machine) {
          ctx.stderr(`ssh: Could not resolve hostname ${args[1]}: Name or service not known\n`);
          return 255;
        }
        if (machine.off) {
          ctx.stderr(`ssh: connect to host ${args[1]} port 22: No route to host\n`);
          return 255;
        }
        return dockerCommand(onHost(eng, args[1]))({ ...ctx, stdin: ctx.stdin, argv: args.slice(2) });
      }
    } catch (e) {
      if (!isEngineError(e)) throw e;
      ctx.stderr(`dockerlings: ${e.message}\n`);
      return 1;
    }
    ctx.stderr(USAGE);
    return 2;
  };
}
