/**
 * `id`: GNU coreutils on bash machines, BusyBox on `sh` ones. Both show a name in parentheses only
 * when /etc/passwd or /etc/group has an entry for the id (`docker run --user 10001:10001 alpine id`
 * → `uid=10001 gid=10001 groups=10001`). With -n, a missing name is an error: GNU prints the number
 * and "cannot find name for user ID N", BusyBox the number and "unknown ID N"; both exit 1.
 */
import { memberGroupIds } from '../../sim/fs/seed';
import type { Cmd } from '../context';
import { fail, idLookup, parseArgs, usageError } from './common';

export const id: Cmd = ctx => {
  const a = parseArgs(ctx, { bool: 'ugGnrz', long: { user: 'u', group: 'g', groups: 'G', name: 'n', real: 'r', zero: 'z' } });
  if (typeof a === 'number') return a;
  let { name, uid, gid } = ctx.machine.user;
  const read = (p: string) => {
    try {
      return ctx.fs.readFile(p);
    } catch {
      return '';
    }
  };
  const groupFile = read('/etc/group');
  if (a.operands.length > 1) return usageError(ctx, `extra operand ‘${a.operands[1]}’`);
  if (a.operands.length === 1) {
    const who = a.operands[0]!;
    const entry = read('/etc/passwd').split('\n').map(l => l.split(':')).find(f => f[0] === who || (/^\d+$/.test(who) && f[2] === who));
    if (!entry) return fail(ctx, `‘${who}’: no such user`);
    [name, uid, gid] = [entry[0]!, Number(entry[2]), Number(entry[3])];
  }
  const look = idLookup(ctx.fs);
  const groups = [gid, ...memberGroupIds(groupFile, name).filter(g => g !== gid)];
  const only = ['u', 'g', 'G'].filter(f => a.flags.has(f));
  if (only.length > 1) return usageError(ctx, 'cannot print "only" of more than one choice');
  const byName = a.flags.has('n');
  if (only.length === 0 && (byName || a.flags.has('r'))) return usageError(ctx, 'cannot print only names or real IDs in default format');
  if (only.length === 0) {
    const full = (n: number, label: string | undefined) => (label === undefined ? String(n) : `${n}(${label})`);
    ctx.stdout(`uid=${full(uid, look.user(uid))} gid=${full(gid, look.group(gid))} groups=${groups.map(g => full(g, look.group(g))).join(',')}\n`);
    return 0;
  }
  const busybox = ctx.machine.shellName === 'sh';
  let status = 0;
  const show = (n: number, kind: 'user' | 'group'): string => {
    if (!byName) return String(n);
    const label = look[kind](n);
    if (label !== undefined) return label;
    status = 1;
    ctx.stderr(busybox ? `id: unknown ID ${n}\n` : `id: cannot find name for ${kind} ID ${n}\n`);
    return String(n);
  };
  if (only[0] === 'u') ctx.stdout(`${show(uid, 'user')}\n`);
  else if (only[0] === 'g') ctx.stdout(`${show(gid, 'group')}\n`);
  else ctx.stdout(groups.map(g => show(g, 'group')).join(' ') + '\n');
  return status;
};
