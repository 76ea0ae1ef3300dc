/**
 * `ping`: iputils on the host and Debian-likes, the BusyBox applet in alpine/busybox. Replies come
 * from reachable addresses (routes, network isolation and --internal as the engine sees them);
 * the clock moves one second per packet. Without -c it prints the first replies and stays
 * attached until Ctrl+C, which prints the statistics.
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import { advance, hostOf, type Engine, type Origin } from '../../sim/index';
import { ipToInt, parseCidr } from '../../sim/networks/ipam';
import { busyboxOptError, busyboxUsage, jitter } from './busybox';
import { OptTable, has, last } from './options';
import { hostUnreachable, isIpv4, reachable, resolveFirst } from './route';
import { primaryAddress } from './view';
import type { Flavour, NetEnv } from './types';

const OPTS = new OptTable([
  { key: 'count', short: 'c', arg: true },
  { key: 'interval', short: 'i', arg: true },
  { key: 'wait', short: 'W', arg: true },
  { key: 'deadline', short: 'w', arg: true },
  { key: 'size', short: 's', arg: true },
  { key: 'ttl', short: 't', arg: true },
  { key: 'quiet', short: 'q' },
  { key: 'numeric', short: 'n' },
  { key: 'four', short: '4' },
  { key: 'six', short: '6' },
  { key: 'help', short: 'h', long: ['help'] },
]);

export const BUSYBOX_PING_USAGE = `Usage: ping [OPTIONS] HOST

Send ICMP ECHO_REQUESTs to HOST

\t-4,-6\t\tForce IP or IPv6 name resolution
\t-c CNT\t\tSend only CNT pings
\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)
\t-i SECS\t\tInterval
\t-A\t\tPing as soon as reply is received
\t-t TTL\t\tSet TTL
\t-I IFACE/IP\tSource interface or IP address
\t-W SEC\t\tSeconds to wait for the first response (default 10)
\t\t\t(after all -c CNT packets are sent)
\t-w SEC\t\tSeconds until ping exits (default:infinite)
\t\t\t(can exit earlier with -c CNT)
\t-q\t\tQuiet, only display output at start/finish
\t-p HEXBYTE\tPayload pattern
`;

/** Packets shown before the terminal stays attached (ping without -c). */
const FIRST_REPLIES = 4;

interface Target {
  name: string;
  ip: string;
  /** Name iputils prints in replies (reverse lookup), null for numeric targets. */
  display: string | null;
  ttl: number;
  /** Round-trip scale in ms. */
  base: number;
}

function describe(eng: Engine, origin: Origin, name: string, ip: string): Target {
  const host = hostOf(eng);
  const local = ip.startsWith('127.') || ip.startsWith('172.') || ip.startsWith('10.') || ip.startsWith('192.168.');
  let display: string | null = isIpv4(name) ? null : name;
  if (display && !ip.startsWith('127.')) {
    for (const c of Object.values(host.containers)) {
      const hit = Object.entries(c.networks).find(([, ep]) => ep.ipAddress === ip && ep.dnsNames.includes(name));
      if (hit) display = `${c.name}.${hit[0]}`;
    }
  }
  const ttl = local ? 64 : origin.kind === 'host' ? 117 : 116;
  return { name, ip, display, ttl, base: local ? 0.05 : 12 };
}

function rtts(eng: Engine, t: Target, n: number): number[] {
  const seed = eng.world.clock + eng.world.seq;
  return Array.from({ length: n }, (_, i) => t.base * (0.7 + 0.9 * jitter(seed + i * 7919)));
}

/** The host's address on the bridge whose subnet holds `ip` (where ARP was tried). */
function bridgeGatewayFor(eng: Engine, ip: string): string | undefined {
  const n = ipToInt(ip) ?? -1;
  for (const net of Object.values(hostOf(eng).networks)) {
    for (const c of net.ipam.Config) {
      const cidr = parseCidr(c.Subnet);
      if (cidr && c.Gateway && n >= cidr.base && n < cidr.base + 2 ** (32 - cidr.prefix)) return c.Gateway;
    }
  }
  return undefined;
}

function iputilsTime(ms: number): string {
  if (ms >= 100) return String(Math.round(ms));
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

function stats(flavour: Flavour, t: Target, sent: number, times: number[], errors = 0): string {
  const recv = times.length;
  const loss = sent === 0 ? 0 : Math.round(((sent - recv) * 100) / sent);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const avg = times.reduce((a, b) => a + b, 0) / Math.max(1, recv);
  if (flavour === 'busybox') {
    const tail = recv > 0 ? `round-trip min/avg/max = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)} ms\n` : '';
    return `\n--- ${t.name} ping statistics ---\n${sent} packets transmitted, ${recv} packets received, ${loss}% packet loss\n${tail}`;
  }
  const mdev = Math.sqrt(Math.max(0, times.reduce((a, b) => a + b * b, 0) / Math.max(1, recv) - avg * avg));
  const elapsed = sent <= 1 ? 0 : (sent - 1) * 1000 + sent + 1;
  const tail = recv > 0 ? `rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n` : errors > 0 ? `pipe ${Math.min(errors, 4)}\n` : '';
  return `\n--- ${t.name} ping statistics ---\n${sent} packets transmitted, ${recv} received, ${errors > 0 ? `+${errors} errors, ` : ''}${loss}% packet loss, time ${elapsed}ms\n${tail}`;
}

function reply(flavour: Flavour, t: Target, seq: number, ms: number): string {
  if (flavour === 'busybox') return `64 bytes from ${t.ip}: seq=${seq - 1} ttl=${t.ttl} time=${ms.toFixed(3)} ms\n`;
  const from = t.display ? `${t.display} (${t.ip})` : t.ip;
  return `64 bytes from ${from}: icmp_seq=${seq} ttl=${t.ttl} time=${iputilsTime(ms)} ms\n`;
}

function header(flavour: Flavour, t: Target, size: number): string {
  return flavour === 'busybox' ? `PING ${t.name} (${t.ip}): ${size} data bytes\n` : `PING ${t.name} (${t.ip}) ${size}(${size + 28}) bytes of data.\n`;
}

function parseCount(v: string | undefined): number | null | 'bad' {
  if (v === undefined) return null;
  return /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : 'bad';
}

export function pingCommand(net: () => NetEnv, flavour: Flavour): CommandFn {
  return (ctx: CommandContext) => {
    const p = OPTS.parse(ctx.argv.slice(1), { stopAtOperand: false });
    const bb = flavour === 'busybox';
    if (p.error) {
      ctx.stderr(bb ? busyboxOptError('ping', p.error.kind, p.error.name, BUSYBOX_PING_USAGE) : p.error.kind === 'unknown' ? `ping: invalid option -- '${p.error.name.replace(/^-+/, '')}'\n` : `ping: option requires an argument -- '${p.error.name.replace(/^-+/, '')}'\n`);
      return bb ? 1 : 2;
    }
    if (has(p, 'help') || p.operands.length === 0) {
      if (bb) ctx.stderr(busyboxUsage(BUSYBOX_PING_USAGE));
      else ctx.stderr('ping: usage error: Destination address required\n');
      return has(p, 'help') && bb ? 0 : bb ? 1 : 1;
    }
    const countArg = parseCount(last(p, 'count') ?? last(p, 'deadline'));
    if (countArg === 'bad') {
      ctx.stderr(bb ? `ping: invalid number '${last(p, 'count') ?? last(p, 'deadline')}'\n` : `ping: invalid argument: '${last(p, 'count') ?? last(p, 'deadline')}'\n`);
      return bb ? 1 : 1;
    }
    const sizeArg = last(p, 'size');
    const size = sizeArg !== undefined && /^\d+$/.test(sizeArg) ? Number(sizeArg) : 56;
    const name = p.operands.at(-1)!;
    const { eng, origin } = net();
    const ip = resolveFirst(eng, origin, name);
    if (!ip) {
      ctx.stderr(bb ? `ping: bad address '${name}'\n` : `ping: ${name}: Name or service not known\n`);
      return bb ? 1 : 2;
    }
    const t = describe(eng, origin, name, ip);
    const ok = reachable(eng, origin, ip);
    const quiet = has(p, 'quiet');
    const count = countArg ?? FIRST_REPLIES;
    const times = ok ? rtts(eng, t, count) : [];
    const unreachable = !ok && !bb && hostUnreachable(eng, origin, ip);
    const errors = unreachable ? count : 0;
    let out = header(flavour, t, size);
    if (!quiet) times.forEach((ms, i) => (out += reply(flavour, t, i + 1, ms)));
    if (unreachable && !quiet) {
      const from = origin.kind === 'host' ? (bridgeGatewayFor(eng, ip) ?? ip) : (primaryAddress(eng, origin) ?? ip);
      for (let i = 1; i <= count; i++) out += `From ${from} icmp_seq=${i} Destination Host Unreachable\n`;
    }
    advance(eng, (count - 1) * 1000 + (ok ? 0 : 10_000));
    if (countArg === null) {
      ctx.stdout(out);
      ctx.shell.attach(() => ({ output: stats(flavour, t, count, times, errors), exitCode: ok ? 0 : 1 }));
      return 0;
    }
    ctx.stdout(out + stats(flavour, t, count, times, errors));
    return ok ? 0 : 1;
  };
}
