/** `docker port` / `docker container port`: published ports, all or one (`80`, `80/tcp`). */
import { requireContainer } from '../../../sim/index';
import { CliError, defineCommand, requiresRangeArgs } from '../../command';
import type { DockerEnv } from '../env';
import { runningNames } from './completion';

const hostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** sortorder.NaturalLess: digit runs compare as numbers. */
export function naturalLess(a: string, b: string): number {
  const re = /(\d+)|(\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i]!;
    const y = pb[i]!;
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) return Number(x) - Number(y) || x.length - y.length;
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

export const port = defineCommand<DockerEnv>()({
  use: 'port CONTAINER [PRIVATE_PORT[/PROTO]]',
  short: 'List port mappings or a specific mapping for the container',
  args: requiresRangeArgs(1, 2),
  aliasesLine: 'docker container port, docker port',
  at: [{ parent: 'container' }, { parent: '' }],
  complete: (ctx, args) => (args.length === 0 ? runningNames(ctx.env) : []),
  run(ctx, _o, args) {
    const c = requireContainer(ctx.env.eng, args[0]!);
    const out: string[] = [];
    if (args[1] !== undefined) {
      const [num = '', proto = 'tcp'] = args[1].split('/');
      if (!/^\d+$/.test(num) || Number(num) > 65535) {
        const why = /^\d+$/.test(num) ? 'value out of range' : 'invalid syntax';
        throw new CliError(`Error: invalid port (${num}): strconv.ParseUint: parsing "${num}": ${why}`);
      }
      const binds = c.ports[`${num}/${proto || 'tcp'}`];
      if (!binds || binds.length === 0) throw new CliError(`Error: No public port '${args[1]}' published for ${args[0]}`);
      for (const b of binds) out.push(hostPort(b.HostIp, b.HostPort));
    } else {
      for (const [from, binds] of Object.entries(c.ports)) for (const b of binds ?? []) out.push(`${from} -> ${hostPort(b.HostIp, b.HostPort)}`);
    }
    if (out.length > 0) ctx.out(out.sort(naturalLess).join('\n') + '\n');
    return 0;
  },
});
