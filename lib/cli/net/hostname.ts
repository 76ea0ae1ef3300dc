/**
 * `hostname` with the network-aware options: `-i` (the addresses of the host name, from
 * /etc/hosts: 127.0.1.1 on the host, the container's own IP inside one) and `-I` (every
 * address of the machine's interfaces). Setting the name needs privileges a container lacks.
 */
import type { CommandFn } from '../../shell/types';
import { readOr } from './resolve';
import { interfacesOf } from './view';
import type { Flavour, NetEnv } from './types';

function hostsAddresses(hosts: string, name: string): string[] {
  return hosts
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/))
    .filter((f) => f.length >= 2 && !f[0]!.includes(':') && f.slice(1).includes(name))
    .map((f) => f[0]!);
}

export function hostnameCommand(net: () => NetEnv, flavour: Flavour): CommandFn {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const name = (readOr(ctx.fs, '/etc/hostname') ?? '').trim() || 'localhost';
    const { eng, origin } = net();
    const flag = args.find((a) => a.startsWith('-'));
    const operand = args.find((a) => !a.startsWith('-'));
    if (operand !== undefined && flag === undefined) {
      if (origin.kind === 'container') {
        ctx.stderr(flavour === 'busybox' ? 'hostname: sethostname: Operation not permitted\n' : 'hostname: you must be root to change the host name\n');
        return 1;
      }
      ctx.stderr('hostname: you must be root to change the host name\n');
      return 1;
    }
    switch (flag) {
      case undefined:
      case '-f':
      case '--fqdn':
      case '--long':
      case '-s':
      case '--short':
        ctx.stdout((flag === '-s' || flag === '--short' ? name.split('.')[0] : name) + '\n');
        return 0;
      case '-d':
      case '--domain':
        ctx.stdout('\n');
        return 0;
      case '-i':
      case '--ip-address': {
        const ips = hostsAddresses(readOr(ctx.fs, '/etc/hosts') ?? '', name);
        if (ips.length === 0) {
          ctx.stderr(flavour === 'busybox' ? `hostname: ${name}: Name does not resolve\n` : 'hostname: Name or service not known\n');
          return 1;
        }
        ctx.stdout(ips.join(' ') + '\n');
        return 0;
      }
      case '-I':
      case '--all-ip-addresses':
        if (flavour === 'busybox') break;
        ctx.stdout(interfacesOf(eng, origin).filter((i) => !i.loopback).flatMap((i) => i.addrs.map((a) => a.ip + ' ')).join('') + '\n');
        return 0;
    }
    ctx.stderr(flavour === 'busybox' ? `hostname: invalid option -- '${(flag ?? '').replace(/^-+/, '')}'\n` : `hostname: invalid option -- '${(flag ?? '').replace(/^-+/, '')}'\nTry 'hostname --help' or 'hostname --usage' for more information.\n`);
    return 1;
  };
}
