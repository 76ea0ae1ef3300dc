/** `docker port` / `docker container port`: published ports, all or one (`80`, `80/tcp`). */
import { requireContainer } from '../../../sim/index';
import { CliError, defineCommand, requiresRangeArgs } from '../../command';
import type { DockerEnv } from '../env';
import { runningNames } from './completion';

const hostPort = (ip: string, port: string) => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/** sortorder.NaturalLess: digit runs compare as numbers. Walks both strings run by run (no regex, no arrays). */
export function naturalLess(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ei = runEnd(a, i);
    const ej = runEnd(b, j);
    const x = a.slice(i, ei);
    const y = b.slice(j, ej);
    if (x !== y) {
      if (isDigit(a.charCodeAt(i)) && isDigit(b.charCodeAt(j))) return Number(x) - Number(y) || x.length - y.length;
      return x < y ? -1 : 1;
    }
    i = ei;
    j = ej;
  }
  // Equal so far: the one with fewer runs left sorts first.
  return runsFrom(a, i) - runsFrom(b, j);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** End of the run (all digits, or no digit) starting at `i`. */
function runEnd(s: string, i: number): number {
  const digits = isDigit(s.charCodeAt(i));
  let k = i + 1;
  while (k < s.length && isDigit(s.charCodeAt(k)) === digits) k++;
  return k;
}

function runsFrom(s: string, i: number): number {
  let n = 0;
  for (let k = i; k < s.length; k = runEnd(s, k)) n++;
  return n;
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
