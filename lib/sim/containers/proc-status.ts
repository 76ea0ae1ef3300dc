/**
 * /proc/self/status inside a container, for its main process (PID 1) or a `docker exec` process:
 * name, state, ids, the capability sets Docker grants (capabilities.ts), no_new_privs and the
 * seccomp mode. Non-root processes keep only the bounding set (no ambient capabilities, empty
 * inheritable set).
 */
import { basename } from './behaviours/types';
import { capabilityMask, containerCapabilities, maskHex } from './capabilities';
import type { ContainerRecord } from './types';

/** uid and gid of `--user` when numeric (`1000`, `1000:1000`) or root; names resolve to undefined. */
function numericUser(user: string): [number, number] | undefined {
  if (user === '' || user === 'root' || user === '0') return [0, 0];
  const m = /^(\d+)(?::(\d+))?$/.exec(user);
  return m ? [Number(m[1]), Number(m[2] ?? m[1])] : undefined;
}

/** The process reading /proc/self: an exec'd one (its parent is outside the container: PPid 0). */
export interface ProcSelf {
  /** The program's file name (the kernel keeps 15 characters). */
  name: string;
  /** Pid in the container's namespace. */
  pid: number;
  uid: number;
  gid: number;
}

export function procStatus(c: ContainerRecord, proc?: ProcSelf): string {
  const hc = c.hostConfig;
  const ids = proc ? [proc.uid, proc.gid] : (numericUser(c.config.User ?? '') ?? [0, 0]);
  const pid = proc?.pid ?? 1;
  const bounding = capabilityMask(containerCapabilities(hc));
  const effective = ids[0] === 0 ? bounding : 0n;
  const opts = hc.SecurityOpt ?? [];
  const noNewPrivs = opts.some((o) => o === 'no-new-privileges' || o === 'no-new-privileges:true' || o === 'no-new-privileges=true');
  const seccomp = !hc.Privileged && !opts.some((o) => /^seccomp[:=]unconfined$/.test(o));
  const name = (proc?.name ?? basename(c.path || 'sh')).slice(0, 15);
  return [
    `Name:\t${name}`,
    'Umask:\t0022',
    'State:\tR (running)',
    `Tgid:\t${pid}`,
    'Ngid:\t0',
    `Pid:\t${pid}`,
    'PPid:\t0',
    'TracerPid:\t0',
    `Uid:\t${ids[0]}\t${ids[0]}\t${ids[0]}\t${ids[0]}`,
    `Gid:\t${ids[1]}\t${ids[1]}\t${ids[1]}\t${ids[1]}`,
    'FDSize:\t64',
    `Groups:\t${ids[0] === 0 ? '0 1 2 3 4 6 10 11 20 26 27' : ''}`,
    `NStgid:\t${pid}`,
    `NSpid:\t${pid}`,
    `NSpgid:\t${pid}`,
    `NSsid:\t${pid}`,
    'Threads:\t1',
    'SigQ:\t0/31358',
    'SigPnd:\t0000000000000000',
    'ShdPnd:\t0000000000000000',
    'SigBlk:\t0000000000000000',
    'SigIgn:\t0000000000000000',
    'SigCgt:\t0000000000000000',
    `CapInh:\t${maskHex(0n)}`,
    `CapPrm:\t${maskHex(effective)}`,
    `CapEff:\t${maskHex(effective)}`,
    `CapBnd:\t${maskHex(bounding)}`,
    `CapAmb:\t${maskHex(0n)}`,
    `NoNewPrivs:\t${noNewPrivs ? 1 : 0}`,
    `Seccomp:\t${seccomp ? 2 : 0}`,
    `Seccomp_filters:\t${seccomp ? 1 : 0}`,
    'Speculation_Store_Bypass:\tthread vulnerable',
    'Cpus_allowed_list:\t0-1',
    'voluntary_ctxt_switches:\t0',
    'nonvoluntary_ctxt_switches:\t0',
  ].join('\n') + '\n';
}
