/**
 * `ip addr|link|route` (iproute2 on the host, the BusyBox applet in alpine): the interfaces and
 * routes of the namespace the command runs in (a container's eth0@ifN and its default route via
 * the bridge, or the host's eth0, docker0, br-… and veth ends).
 */
import type { CommandFn } from '../../shell/types';
import { broadcast, interfacesOf, routesOf, type Iface, type Route } from './view';
import type { Flavour, NetEnv } from './types';

const OBJECTS: Record<string, 'addr' | 'link' | 'route'> = {
  a: 'addr', ad: 'addr', add: 'addr', addr: 'addr', addre: 'addr', addres: 'addr', address: 'addr',
  l: 'link', li: 'link', lin: 'link', link: 'link',
  r: 'route', ro: 'route', rou: 'route', rout: 'route', route: 'route',
};

function linkLines(i: Iface, gnu: boolean): string {
  const name = i.link !== undefined && i.kind !== 'bridge' ? `${i.name}@if${i.link}` : i.name;
  const flags = gnu ? i.flags.replace(',M-DOWN', '') : i.flags;
  const qdisc = i.name === 'eth0' && !i.link ? 'fq_codel' : 'noqueue';
  const master = i.master ? ` master ${i.master}` : '';
  const group = gnu ? ' group default' : '';
  const qlen = i.loopback || (i.name === 'eth0' && !i.link) ? ' qlen 1000' : '';
  const line1 = `${i.index}: ${name}: <${flags}> mtu ${i.mtu} qdisc ${qdisc}${master} state ${i.state}${group}${qlen}${qlen ? '' : ' '}\n`;
  const linkType = i.loopback ? 'loopback' : 'ether';
  const brd = i.loopback ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff';
  const nsid = gnu && i.link !== undefined && i.kind !== 'bridge' ? ` link-netnsid ${i.netnsid ?? 0}` : '';
  const alt = gnu && i.name === 'eth0' && !i.link ? '    altname enp0s3\n' : '';
  return line1 + `    link/${linkType} ${i.mac} brd ${brd}${nsid}\n` + alt;
}

function addrLines(i: Iface, gnu: boolean, only4: boolean): string {
  let out = '';
  for (const a of i.addrs) {
    const brd = a.scope === 'global' ? ` brd ${broadcast(a.ip, a.prefix)}` : '';
    const dyn = gnu && i.name === 'eth0' && !i.link;
    out += `    inet ${a.ip}/${a.prefix}${dyn ? ' metric 100' : ''}${brd} scope ${a.scope}${dyn ? ' dynamic' : ''} ${i.name}\n`;
    out += dyn ? '       valid_lft 86077sec preferred_lft 86077sec\n' : '       valid_lft forever preferred_lft forever\n';
  }
  if (i.loopback && !only4) out += `    inet6 ::1/128 scope host ${gnu ? 'noprefixroute ' : ''}\n       valid_lft forever preferred_lft forever\n`;
  return out;
}

function routeLine(r: Route, gnu: boolean): string {
  let s = r.dst + (r.via ? ` via ${r.via}` : '') + ` dev ${r.dev}`;
  if (gnu) {
    if (r.proto) s += ` proto ${r.proto}`;
    if (r.scope) s += ` scope ${r.scope}`;
    if (r.src && (r.proto || r.scope)) s += ` src ${r.src}`;
    if (r.metric !== undefined) s += ` metric ${r.metric}`;
    if (r.linkdown) s += ' linkdown';
  } else {
    if (r.scope) s += ` scope ${r.scope} `;
    if (r.src && r.scope) s += ` src ${r.src}`;
  }
  return s + ' \n';
}

export function ipCommand(net: () => NetEnv, flavour: Flavour): CommandFn {
  return (ctx) => {
    const gnu = flavour === 'gnu';
    const args = ctx.argv.slice(1);
    let only4 = false;
    let brief = false;
    while (args[0]?.startsWith('-')) {
      const o = args.shift()!;
      if (o === '-4') only4 = true;
      else if (o === '-br' || o === '-brief') brief = true;
      else if (o !== '-c' && o !== '-color' && o !== '-6' && o !== '-d' && o !== '-s') {
        ctx.stderr(gnu ? `Option "${o}" is unknown, try "ip -help".\n` : `ip: invalid option -- '${o.slice(1)}'\n`);
        return gnu ? 255 : 1;
      }
    }
    const objWord = args.shift() ?? '';
    const obj = OBJECTS[objWord];
    if (!obj) {
      if (objWord === '') ctx.stderr(gnu ? 'Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n' : 'BusyBox v1.37.0 multi-call binary.\n\nUsage: ip [OPTIONS] address|route|link|tunnel|neigh|rule [ARGS]\n');
      else ctx.stderr(gnu ? `Object "${objWord}" is unknown, try "ip help".\n` : `ip: unknown command ${objWord}\n`);
      return gnu ? 255 : 1;
    }
    const { eng, origin } = net();
    if (args[0] === 'show' || args[0] === 'list' || args[0] === 'ls') args.shift();
    if (obj === 'route') {
      ctx.stdout(routesOf(eng, origin).map((r) => routeLine(r, gnu)).join(''));
      return 0;
    }
    let ifs = interfacesOf(eng, origin);
    if (args[0] === 'type' && args[1]) ifs = ifs.filter((i) => i.kind === args[1]);
    else {
      const dev = args[0] === 'dev' ? args[1] : args[0];
      if (dev) {
        ifs = ifs.filter((i) => i.name === dev);
        if (ifs.length === 0) {
          ctx.stderr(gnu ? `Device "${dev}" does not exist.\n` : `ip: can't find device '${dev}'\n`);
          return 1;
        }
      }
    }
    if (only4) ifs = ifs.filter((i) => i.addrs.length > 0);
    if (brief) {
      ctx.stdout(ifs.map((i) => {
        const name = (i.link !== undefined && i.kind !== 'bridge' ? `${i.name}@if${i.link}` : i.name).padEnd(16);
        const addrs = obj === 'link' ? `${i.mac} <${i.flags.replace(',M-DOWN', '')}>` : [...i.addrs.map((a) => `${a.ip}/${a.prefix}`), ...(i.loopback && !only4 ? ['::1/128'] : [])].join(' ');
        return `${name} ${i.state.padEnd(14)} ${addrs} \n`;
      }).join(''));
      return 0;
    }
    ctx.stdout(ifs.map((i) => (only4 && obj === 'addr' ? linkLines(i, gnu).split('\n')[0] + '\n' : linkLines(i, gnu)) + (obj === 'addr' ? addrLines(i, gnu, only4) : '')).join(''));
    return 0;
  };
}
