/**
 * Name-service tools: `nslookup` (BusyBox in alpine, BIND 9.18 on the host), `getent`
 * (hosts/passwd/group, as glibc prints them) and `dig` on the host. Answers come from the
 * resolver the caller has: Docker's embedded DNS on user-defined networks, the host's otherwise.
 */
import type { CommandFn } from '../../shell/types';
import { hostOf, type Engine, type Origin } from '../../sim/index';
import { busyboxUsage } from './busybox';
import { lookupAll, nameserver, readOr } from './resolve';
import { isIpv4 } from './route';
import type { Flavour, NetEnv } from './types';

/** Reverse lookup of a container address on a user-defined network (`web.appnet`). */
function reverse(eng: Engine, ip: string): string | null {
  for (const c of Object.values(hostOf(eng).containers)) {
    for (const [net, ep] of Object.entries(c.networks)) if (ep.ipAddress === ip && ep.dnsNames.length > 0) return `${c.name}.${net}`;
  }
  return null;
}

const arpa = (ip: string) => ip.split('.').reverse().join('.') + '.in-addr.arpa';

export const BUSYBOX_NSLOOKUP_USAGE = `Usage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]

Query DNS about HOST

QUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any
`;

function nslookupAnswer(eng: Engine, origin: Origin, name: string, flavour: Flavour): { text: string; found: boolean } {
  const bb = flavour === 'busybox';
  if (isIpv4(name)) {
    const r = reverse(eng, name);
    if (!r) return { text: `** server can't find ${arpa(name)}: NXDOMAIN\n\n`, found: false };
    return { text: `Non-authoritative answer:\n${arpa(name)}\tname = ${r}${bb ? '' : '.'}\n\n`, found: true };
  }
  const ips = lookupAll(eng, origin, name);
  if (ips.length === 0) return { text: bb ? `** server can't find ${name}: NXDOMAIN\n\n** server can't find ${name}: NXDOMAIN\n\n` : `** server can't find ${name}: NXDOMAIN\n\n`, found: false };
  const answers = ips.map((ip) => `Name:\t${name}\nAddress: ${ip}\n`).join('');
  return { text: bb ? `Non-authoritative answer:\n${answers}\nNon-authoritative answer:\n*** Can't find ${name}: No answer\n\n` : `Non-authoritative answer:\n${answers}\n`, found: true };
}

export function nslookupCommand(net: () => NetEnv, flavour: Flavour): CommandFn {
  return (ctx) => {
    const args = ctx.argv.slice(1).filter((a) => !a.startsWith('-'));
    if (args.length === 0 || ctx.argv.includes('--help')) {
      if (flavour === 'busybox') {
        ctx.stderr(busyboxUsage(BUSYBOX_NSLOOKUP_USAGE));
        return 1;
      }
      ctx.stderr('nslookup: interactive mode is not available in this simulator\n');
      return 1;
    }
    const { eng, origin } = net();
    const server = args[1] ?? nameserver(eng, origin, readOr(ctx.fs, '/etc/resolv.conf'));
    const head = flavour === 'busybox' ? `Server:\t\t${server}\nAddress:\t${server}:53\n\n` : `Server:\t\t${server}\nAddress:\t${server}#53\n\n`;
    const a = nslookupAnswer(eng, origin, args[0]!, flavour);
    ctx.stdout(head + a.text);
    return a.found ? 0 : 1;
  };
}

function hostsFileMatch(text: string, name: string): string | null {
  const lines = text.split('\n').map((l) => l.replace(/#.*/, '').trim().split(/\s+/)).filter((f) => f.length >= 2 && f[0]);
  const hit = [...lines.filter((f) => f[0]!.includes(':')), ...lines.filter((f) => !f[0]!.includes(':'))].find((f) => f.slice(1).includes(name));
  return hit ? `${hit[0]!.padEnd(15)} ${hit.slice(1).join(' ')}\n` : null;
}

function fileDb(text: string | null, key: string | undefined): string[] {
  const lines = (text ?? '').split('\n').filter((l) => l.trim() !== '');
  if (key === undefined) return lines;
  return lines.filter((l) => {
    const f = l.split(':');
    return f[0] === key || (/^\d+$/.test(key) && f[2] === key);
  });
}

export function getentCommand(net: () => NetEnv): CommandFn {
  return (ctx) => {
    const [db, ...keys] = ctx.argv.slice(1);
    if (!db) {
      ctx.stderr("getent: wrong number of arguments\nTry `getent --help' or `getent --usage' for more information.\n");
      return 1;
    }
    if (db === 'hosts' || db === 'ahosts' || db === 'ahostsv4') {
      if (keys.length === 0) {
        ctx.stdout(readOr(ctx.fs, '/etc/hosts') ?? '');
        return 0;
      }
      const { eng, origin } = net();
      let code = 0;
      for (const k of keys) {
        const fromFile = hostsFileMatch(readOr(ctx.fs, '/etc/hosts') ?? '', k);
        if (fromFile) {
          ctx.stdout(fromFile);
          continue;
        }
        const ips = isIpv4(k) ? (reverse(eng, k) ? [k] : []) : lookupAll(eng, origin, k);
        if (ips.length === 0) code = 2;
        else ctx.stdout(isIpv4(k) ? `${k.padEnd(15)} ${reverse(eng, k)}\n` : ips.map((ip) => `${ip.padEnd(15)} ${k}\n`).join(''));
      }
      return code;
    }
    if (db === 'passwd' || db === 'group' || db === 'shadow') {
      if (db === 'shadow' && ctx.env['USER'] !== 'root' && readOr(ctx.fs, '/etc/shadow') === null) return 2;
      const lines = keys.length === 0 ? fileDb(readOr(ctx.fs, `/etc/${db}`), undefined) : keys.flatMap((k) => fileDb(readOr(ctx.fs, `/etc/${db}`), k).slice(0, 1));
      if (lines.length > 0) ctx.stdout(lines.join('\n') + '\n');
      return keys.length > 0 && lines.length < keys.length ? 2 : 0;
    }
    ctx.stderr(`Unknown database: ${db}\nTry \`getent --help' or \`getent --usage' for more information.\n`);
    return 1;
  };
}

function digWhen(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const t = d.toISOString().slice(11, 19);
  return `${days[d.getUTCDay()]} ${months[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${t} UTC ${d.getUTCFullYear()}`;
}

export function digCommand(net: () => NetEnv): CommandFn {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    const short = args.includes('+short');
    const name = args.find((a) => !a.startsWith('+') && !a.startsWith('@') && !a.startsWith('-') && a !== 'A') ?? '.';
    const { eng, origin } = net();
    const ips = name === '.' ? [] : lookupAll(eng, origin, name);
    if (short) {
      ctx.stdout(ips.map((ip) => ip + '\n').join(''));
      return 0;
    }
    const fq = name.endsWith('.') ? name : name + '.';
    const id = 4242 + (eng.world.seq % 50000);
    const status = ips.length > 0 ? 'NOERROR' : 'NXDOMAIN';
    let out = `\n; <<>> DiG 9.18.30-0ubuntu0.24.04.2-Ubuntu <<>> ${args.join(' ')}\n;; global options: +cmd\n;; Got answer:\n`;
    out += `;; ->>HEADER<<- opcode: QUERY, status: ${status}, id: ${id}\n;; flags: qr rd ra; QUERY: 1, ANSWER: ${ips.length}, AUTHORITY: 0, ADDITIONAL: 1\n\n`;
    out += `;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 65494\n;; QUESTION SECTION:\n;${fq}\t\t\tIN\tA\n\n`;
    if (ips.length > 0) out += `;; ANSWER SECTION:\n${ips.map((ip) => `${fq}\t\t300\tIN\tA\t${ip}\n`).join('')}\n`;
    out += `;; Query time: 12 msec\n;; SERVER: 127.0.0.53#53(127.0.0.53) (UDP)\n;; WHEN: ${digWhen(eng.world.clock)}\n;; MSG SIZE  rcvd: ${40 + ips.length * 16}\n\n`;
    ctx.stdout(out);
    return 0;
  };
}
