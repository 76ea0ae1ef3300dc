/**
 * `ping`: iputils on the host and Debian-likes, the BusyBox applet in alpine/busybox. Replies come
 * from reachable addresses (routes, network isolation and --internal as the engine sees them);
 * the clock moves one second per packet. Without -c it prints the first replies and stays
 * attached until Ctrl+C, which prints the statistics.
 */
import type { CommandContext, CommandFn } from '../../shell/types';
import { advance } from '../../sim/index';
import { busyboxOptError, busyboxUsage } from './busybox';
import { bridgeGatewayFor, describe, header, reply, rtts, stats } from './ping-output';
import { OptTable, has, last } from './options';
import { hostUnreachable, reachable, resolveFirst } from './route';
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
