/**
 * Commands about the (simulated) system: clear sleep date uname id whoami hostname.
 * Time comes from the machine's injected clock; `sleep` advances it instantly (in a background job,
 * the job's own timeline: jobs/time.ts).
 */
import { HOST_KERNEL_RELEASE, HOST_KERNEL_VERSION } from '../../sim/fs/seed';
import type { Cmd } from '../context';
import { fail, parseArgs, usageError } from './common';
import { CAP, capable } from './capable';
import { formatDate } from './date-format';
import { busybox } from './fileops';
import { localZone } from './local-zone';
import { passTime } from '../jobs/time';

export const clear: Cmd = ctx => {
  ctx.sh.hooks.requestClear();
  return 0;
};

const UNITS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

/** A coreutils time interval (`1.5`, `30s`, `2m`, `1h`, `1d`) in seconds; null when it is not one. */
export function intervalSeconds(spec: string): number | null {
  const m = /^([0-9]*\.?[0-9]+)([smhd]?)$/.exec(spec);
  return m ? Number(m[1]) * (UNITS[m[2] as string] as number) : null;
}

export const sleep: Cmd = ctx => {
  const args = ctx.argv.slice(1);
  if (args.length === 0) return usageError(ctx, 'missing operand');
  let total = 0;
  for (const a of args) {
    if (a === 'infinity' || a === 'inf') {
      ctx.shell.attach(() => ({ output: '\n', exitCode: 130 }));
      return 0;
    }
    const secs = intervalSeconds(a);
    if (secs === null) return usageError(ctx, `invalid time interval ‘${a}’`);
    total += secs;
  }
  passTime(ctx.sh, Math.round(total * 1000));
  return 0;
};

export const date: Cmd = ctx => {
  const parsed = parseArgs(ctx, { bool: 'uRI', value: 'ds', long: { utc: 'u', 'date=': 'd', 'set=': 's', 'rfc-2822': 'R', 'iso-8601': 'I' } });
  if (typeof parsed === 'number') return parsed;
  let ms = ctx.machine.clock.now();
  let status = 0;
  const set = parsed.values.get('s');
  if (set !== undefined) {
    // Setting the clock needs CAP_SYS_TIME; either way the date is printed (BusyBox then exits 0).
    const when = Date.parse(set.includes('T') || /Z$/.test(set) ? set : `${set} UTC`);
    if (Number.isNaN(when)) return fail(ctx, `invalid date ‘${set}’`);
    ms = when;
    if (!capable(ctx, CAP.SYS_TIME)) status = fail(ctx, busybox(ctx) ? "can't set date: Operation not permitted" : 'cannot set date: Operation not permitted', busybox(ctx) ? 0 : 1);
  }
  const d = parsed.values.get('d');
  if (d !== undefined) {
    const parsedDate = d.startsWith('@') ? Number(d.slice(1)) * 1000 : Date.parse(d.includes('T') || /Z$/.test(d) ? d : `${d} UTC`);
    if (Number.isNaN(parsedDate)) return fail(ctx, `invalid date ‘${d}’`);
    ms = parsedDate;
  }
  const format = parsed.operands.find(o => o.startsWith('+'));
  const extra = parsed.operands.find(o => !o.startsWith('+'));
  if (extra !== undefined) return fail(ctx, `invalid date ‘${extra}’`);
  let text: string;
  const zone = parsed.flags.has('u') ? undefined : localZone(ctx, ms);
  if (format !== undefined) text = formatDate(format.slice(1), ms, zone);
  else if (parsed.flags.has('R')) text = formatDate('%a, %d %b %Y %H:%M:%S %z', ms, zone);
  else if (parsed.flags.has('I')) text = formatDate('%Y-%m-%d', ms, zone);
  else text = formatDate('%a %b %e %H:%M:%S %Z %Y', ms, zone);
  ctx.stdout(text + '\n');
  return status;
};

function readOr(ctx: Parameters<Cmd>[0], path: string): string {
  try {
    return ctx.fs.readFile(path);
  } catch {
    return '';
  }
}

function kernelRelease(ctx: Parameters<Cmd>[0]): string {
  try {
    return ctx.fs.readFile('/proc/sys/kernel/osrelease').trim() || HOST_KERNEL_RELEASE;
  } catch {
    return HOST_KERNEL_RELEASE;
  }
}

export const uname: Cmd = ctx => {
  const parsed = parseArgs(ctx, { bool: 'asnrvmpio', long: { all: 'a', 'kernel-name': 's', 'nodename': 'n', 'kernel-release': 'r', 'kernel-version': 'v', machine: 'm', processor: 'p', 'hardware-platform': 'i', 'operating-system': 'o' } });
  if (typeof parsed === 'number') return parsed;
  if (parsed.operands.length > 0) return usageError(ctx, `extra operand ‘${parsed.operands[0]}’`);
  const f = parsed.flags;
  const fields: [string, string][] = [
    ['s', 'Linux'],
    ['n', ctx.machine.hostname],
    ['r', kernelRelease(ctx)],
    ['v', HOST_KERNEL_VERSION],
    ['m', 'x86_64'],
    ['p', 'x86_64'],
    ['i', 'x86_64'],
    ['o', 'GNU/Linux'],
  ];
  const all = f.has('a');
  // Ubuntu's coreutils reports processor and platform (x86_64 x86_64 x86_64); Debian's and
  // BusyBox's leave them out, and BusyBox calls the OS just "Linux".
  const ubuntu = /^ID=ubuntu$/m.test(readOr(ctx, '/etc/os-release'));
  if (ctx.machine.shellName === 'sh') fields[7] = ['o', 'Linux'];
  const picked = fields.filter(([k]) => (all ? ubuntu || (k !== 'p' && k !== 'i') : f.has(k)));
  ctx.stdout((picked.length > 0 ? picked.map(([, v]) => v) : ['Linux']).join(' ') + '\n');
  return 0;
};

export const whoami: Cmd = ctx => {
  ctx.stdout(ctx.machine.user.name + '\n');
  return 0;
};

export const hostname: Cmd = ctx => {
  if (ctx.argv.length > 1 && !ctx.argv[1]?.startsWith('-')) {
    if (ctx.machine.user.uid !== 0) return fail(ctx, 'you must be root to change the host name');
    return 0;
  }
  const flag = ctx.argv[1];
  if (flag === '-I' || flag === '-i') {
    ctx.stdout(flag === '-i' ? '127.0.1.1\n' : '10.0.2.15 172.17.0.1 \n');
    return 0;
  }
  ctx.stdout(ctx.machine.hostname + '\n');
  return 0;
};

export { id } from './id';
