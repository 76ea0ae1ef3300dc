/**
 * Listening sockets: `ss -tlnp` on the host (systemd-resolved, sshd, one docker-proxy per
 * published address, host-network containers) and BusyBox `netstat -tlnp` inside alpine
 * containers (the main process's listeners, IPv4 and IPv6).
 */
import type { CommandFn } from '../../shell/types';
import { hostOf, type ContainerRecord, type Engine } from '../../sim/index';
import { listenersOf } from '../../sim/networks/reach';
import { netOwner, usesHostNetwork } from './view';
import type { NetEnv } from './types';

interface Sock {
  proto: 'tcp' | 'udp';
  addr: string;
  port: number;
  process: string;
  pid: number;
}

const SERVICES: Record<number, string> = { 22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 3306: 'mysql', 5432: 'postgresql', 6379: 'redis', 8080: 'http-alt' };

function containerSocks(eng: Engine, c: ContainerRecord, pid: number): Sock[] {
  const name = c.proc?.behaviour ?? 'app';
  return listenersOf(eng, c).flatMap((l) => [
    { proto: l.proto, addr: '0.0.0.0', port: l.port, process: name, pid },
    { proto: l.proto, addr: '[::]', port: l.port, process: name, pid },
  ]);
}

export function hostSockets(eng: Engine): Sock[] {
  const out: Sock[] = [
    { proto: 'tcp', addr: '127.0.0.53%lo', port: 53, process: 'systemd-resolve', pid: 612 },
    { proto: 'tcp', addr: '127.0.0.54', port: 53, process: 'systemd-resolve', pid: 612 },
    { proto: 'tcp', addr: '0.0.0.0', port: 22, process: 'sshd', pid: 1034 },
    { proto: 'tcp', addr: '[::]', port: 22, process: 'sshd', pid: 1034 },
    { proto: 'udp', addr: '127.0.0.53%lo', port: 53, process: 'systemd-resolve', pid: 612 },
    { proto: 'udp', addr: '127.0.0.54', port: 53, process: 'systemd-resolve', pid: 612 },
  ];
  let proxyPid = 3100;
  for (const c of Object.values(hostOf(eng).containers)) {
    if (!c.state.Running) continue;
    if (usesHostNetwork(eng, c) && netOwner(eng, c) === c) out.push(...containerSocks(eng, c, c.state.Pid));
    for (const [key, binds] of Object.entries(c.ports)) {
      const proto = key.endsWith('/udp') ? 'udp' : 'tcp';
      for (const b of binds ?? []) {
        const addr = b.HostIp === '::' ? '[::]' : b.HostIp || '0.0.0.0';
        out.push({ proto, addr, port: Number(b.HostPort), process: 'docker-proxy', pid: proxyPid++ });
      }
    }
  }
  return out;
}

function ssTable(socks: Sock[], o: { numeric: boolean; processes: boolean; root: boolean; showNetid: boolean }): string {
  const port = (p: number) => (o.numeric ? String(p) : (SERVICES[p] ?? String(p)));
  const rows = socks.map((s) => ({
    netid: s.proto,
    state: s.proto === 'tcp' ? 'LISTEN' : 'UNCONN',
    recv: '0',
    send: s.proto === 'tcp' ? '4096' : '0',
    local: s.addr,
    lport: port(s.port),
    peer: s.addr.startsWith('[') ? '[::]' : '0.0.0.0',
    pport: '*',
    proc: o.processes && o.root ? `users:(("${s.process}",pid=${s.pid},fd=${s.process === 'docker-proxy' ? 7 : 3}))` : '',
  }));
  const w = (k: 'local' | 'lport' | 'peer', min: number) => Math.max(min, ...rows.map((r) => r[k].length));
  const [wl, wp, wpe] = [w('local', 13), w('lport', 4), w('peer', 12)];
  const head = (o.showNetid ? 'Netid '.padEnd(6) : '') + 'State  Recv-Q Send-Q ' + 'Local Address'.padStart(wl) + ':' + 'Port'.padEnd(wp) + ' ' + 'Peer Address'.padStart(wpe) + ':' + 'Port'.padEnd(4) + 'Process\n';
  return head + rows.map((r) => (o.showNetid ? r.netid.padEnd(6) : '') + r.state.padEnd(6) + ' ' + r.recv.padEnd(6) + ' ' + r.send.padEnd(6) + ' ' + r.local.padStart(wl) + ':' + r.lport.padEnd(wp) + ' ' + r.peer.padStart(wpe) + ':' + r.pport.padEnd(4) + r.proc + '\n').join('');
}

/** Whether the command runs as root (only root may read /root). */
export function isRoot(fs: { readdir(p: string): string[] }): boolean {
  try {
    fs.readdir('/root');
    return true;
  } catch {
    return false;
  }
}

function flagSet(argv: readonly string[]): Set<string> {
  const s = new Set<string>();
  for (const a of argv) if (/^-[a-zA-Z]+$/.test(a)) for (const ch of a.slice(1)) s.add(ch);
  return s;
}

export function ssCommand(net: () => NetEnv): CommandFn {
  return (ctx) => {
    const f = flagSet(ctx.argv.slice(1));
    const tcp = f.has('t') || !f.has('u');
    const udp = f.has('u');
    const socks = hostSockets(net().eng).filter((s) => (s.proto === 'tcp' && tcp) || (s.proto === 'udp' && udp));
    ctx.stdout(ssTable(socks, { numeric: f.has('n'), processes: f.has('p'), root: isRoot(ctx.fs), showNetid: tcp && udp }));
    return 0;
  };
}

export function netstatCommand(net: () => NetEnv): CommandFn {
  return (ctx) => {
    const f = flagSet(ctx.argv.slice(1));
    const { eng, origin } = net();
    if (origin.kind !== 'container') return 0;
    const c = hostOf(eng).containers[origin.id];
    if (!c) return 0;
    const owner = netOwner(eng, c);
    const socks = usesHostNetwork(eng, c) ? hostSockets(eng) : owner.state.Running ? containerSocks(eng, owner, 1) : [];
    const tcp = f.has('t') || !f.has('u');
    const udp = f.has('u') || !f.has('t');
    const shown = socks.filter((s) => (s.proto === 'tcp' ? tcp : udp));
    const numeric = f.has('n');
    const fmt = (a: string, p: number) => `${a === '[::]' ? ':::' : a === '0.0.0.0' && !numeric ? '0.0.0.0' : a}${a === '[::]' ? '' : ':'}${numeric ? p : (SERVICES[p] ?? p)}`;
    let out = f.has('l') ? 'Active Internet connections (only servers)\n' : 'Active Internet connections (servers and established)\n';
    out += 'Proto Recv-Q Send-Q Local Address           Foreign Address         State       ' + (f.has('p') ? 'PID/Program name    ' : '') + '\n';
    for (const s of shown) {
      const foreign = s.addr === '[::]' ? ':::*' : '0.0.0.0:*';
      const proto = s.addr === '[::]' ? s.proto : s.proto;
      const state = s.proto === 'tcp' ? 'LISTEN' : '';
      const pid = f.has('p') ? `${s.pid}/${s.process}`.slice(0, 20) : '';
      out += `${proto.padEnd(5)} ${'0'.padStart(6)} ${'0'.padStart(6)} ${fmt(s.addr, s.port).padEnd(23)} ${foreign.padEnd(23)} ${state.padEnd(11)} ${pid}\n`;
    }
    ctx.stdout(out);
    return 0;
  };
}
