/**
 * `iptables -L` on the host (iptables v1.8.10, nf_tables backend, as on Ubuntu 24.04): the chains
 * Docker 28 maintains — nat: DOCKER with one DNAT rule per published IPv4 port, MASQUERADE per
 * bridge subnet; filter: FORWARD through DOCKER-USER/DOCKER-FORWARD, ACCEPT per published port.
 * Only root may read the rule set.
 */
import type { CommandFn } from '../../shell/types';
import { findNetwork, hostOf, type Engine } from '../../sim/index';
import { isRoot } from './sockets';
import type { NetEnv } from './types';

const HEADER = 'target     prot opt source               destination         \n';

interface Rule {
  target: string;
  prot?: string;
  src?: string;
  dst?: string;
  notDst?: boolean;
  extra?: string;
}

function row(r: Rule): string {
  const dst = (r.dst ?? '0.0.0.0/0').padEnd(20);
  return `${r.target.padEnd(9)}  ${(r.prot ?? 'all').padEnd(4)} --  ${(r.src ?? '0.0.0.0/0').padEnd(20)}${r.notDst ? '!' : ' '}${dst} ${r.extra ?? ''}`.replace(/ +$/, (m) => (r.extra ? '' : m)) + '\n';
}

interface Chain {
  name: string;
  policy?: string;
  refs?: number;
  rules: Rule[];
}

function published(eng: Engine): Array<{ proto: string; hostIp: string; hostPort: string; ip: string; port: string }> {
  const out: Array<{ proto: string; hostIp: string; hostPort: string; ip: string; port: string }> = [];
  for (const c of Object.values(hostOf(eng).containers)) {
    if (!c.state.Running) continue;
    const ip = Object.values(c.networks).find((e) => e.ipAddress)?.ipAddress;
    if (!ip) continue;
    for (const [key, binds] of Object.entries(c.ports)) {
      const [port, proto = 'tcp'] = key.split('/');
      for (const b of binds ?? []) if (!b.HostIp.includes(':')) out.push({ proto, hostIp: b.HostIp || '0.0.0.0', hostPort: b.HostPort, ip, port: port! });
    }
  }
  return out;
}

function bridgeSubnets(eng: Engine): Array<{ subnet: string; internal: boolean }> {
  const host = hostOf(eng);
  return Object.values(host.networks)
    .filter((n) => n.driver === 'bridge' && findNetwork(host, n.id))
    .map((n) => ({ subnet: n.ipam.Config[0]?.Subnet ?? '', internal: n.internal }))
    .filter((n) => n.subnet);
}

export function natChains(eng: Engine): Chain[] {
  const nets = bridgeSubnets(eng);
  const pubs = published(eng);
  return [
    { name: 'PREROUTING', policy: 'ACCEPT', rules: [{ target: 'DOCKER', extra: 'ADDRTYPE match dst-type LOCAL' }] },
    { name: 'INPUT', policy: 'ACCEPT', rules: [] },
    { name: 'OUTPUT', policy: 'ACCEPT', rules: [{ target: 'DOCKER', dst: '127.0.0.0/8', notDst: true, extra: 'ADDRTYPE match dst-type LOCAL' }] },
    { name: 'POSTROUTING', policy: 'ACCEPT', rules: nets.filter((n) => !n.internal).reverse().map((n) => ({ target: 'MASQUERADE', src: n.subnet })) },
    { name: 'DOCKER', refs: 2, rules: pubs.map((p) => ({ target: 'DNAT', prot: p.proto, dst: p.hostIp === '0.0.0.0' ? '0.0.0.0/0' : p.hostIp, extra: `${p.proto} dpt:${p.hostPort} to:${p.ip}:${p.port}` })) },
  ];
}

export function filterChains(eng: Engine): Chain[] {
  const pubs = published(eng);
  return [
    { name: 'INPUT', policy: 'ACCEPT', rules: [] },
    { name: 'FORWARD', policy: 'DROP', rules: [{ target: 'DOCKER-USER' }, { target: 'DOCKER-FORWARD' }] },
    { name: 'OUTPUT', policy: 'ACCEPT', rules: [] },
    { name: 'DOCKER', refs: 1, rules: [...pubs.map((p) => ({ target: 'ACCEPT', prot: p.proto, dst: p.ip, extra: `${p.proto} dpt:${p.port}` })), { target: 'DROP' }] },
    { name: 'DOCKER-BRIDGE', refs: 1, rules: [{ target: 'DOCKER' }] },
    { name: 'DOCKER-CT', refs: 1, rules: [{ target: 'ACCEPT', extra: 'ctstate RELATED,ESTABLISHED' }] },
    { name: 'DOCKER-FORWARD', refs: 1, rules: [{ target: 'DOCKER-CT' }, { target: 'DOCKER-ISOLATION-STAGE-1' }, { target: 'DOCKER-BRIDGE' }, { target: 'ACCEPT' }] },
    { name: 'DOCKER-ISOLATION-STAGE-1', refs: 1, rules: [{ target: 'DOCKER-ISOLATION-STAGE-2' }] },
    { name: 'DOCKER-ISOLATION-STAGE-2', refs: 1, rules: [{ target: 'DROP' }] },
    { name: 'DOCKER-USER', refs: 1, rules: [] },
  ];
}

function render(chains: Chain[]): string {
  return chains
    .map((c) => `Chain ${c.name} (${c.policy ? `policy ${c.policy}` : `${c.refs} references`})\n${HEADER}${c.rules.map(row).join('')}`)
    .join('\n');
}

export function iptablesCommand(net: () => NetEnv): CommandFn {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const t = args.indexOf('-t');
    const table = t >= 0 ? (args[t + 1] ?? '') : args.find((a) => a.startsWith('--table='))?.slice(8) ?? 'filter';
    const list = args.some((a) => /^-[a-zA-Z]*L[a-zA-Z]*$/.test(a) || a === '--list');
    if (!isRoot(ctx.fs)) {
      ctx.stderr('iptables v1.8.10 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n');
      return 4;
    }
    if (!['filter', 'nat', 'mangle', 'raw'].includes(table)) {
      ctx.stderr(`iptables v1.8.10 (nf_tables): table '${table}' does not exist\nPerhaps iptables or your kernel needs to be upgraded.\n`);
      return 3;
    }
    if (!list) {
      ctx.stderr("iptables v1.8.10 (nf_tables): no command specified\nTry `iptables -h' or 'iptables --help' for more information.\n");
      return 2;
    }
    const { eng } = net();
    const chains = table === 'nat' ? natChains(eng) : table === 'filter' ? filterChains(eng) : [];
    const only = args.find((a, i) => i > 0 && /^-[a-zA-Z]*L/.test(args[i - 1]!) && /^[A-Z-]+$/.test(a));
    const shown = only ? chains.filter((c) => c.name === only) : chains;
    if (only && shown.length === 0) {
      ctx.stderr(`iptables: No chain/target/match by that name.\n`);
      return 1;
    }
    ctx.stdout(render(shown));
    return 0;
  };
}
