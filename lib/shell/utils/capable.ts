/**
 * The kernel's capability check (capable()) for a command. A container's init layer writes
 * /proc/self/status with the container's bounding set (what a root process there holds); a
 * non-root process holds no capability; a machine without that file is the host, where root
 * holds every capability.
 */
import type { ShellCommandContext } from '../context';

/** Bit numbers from include/uapi/linux/capability.h. */
export const CAP = { CHOWN: 0, NET_BIND_SERVICE: 10, NET_RAW: 13, SYS_TIME: 25 } as const;

export function capable(ctx: Pick<ShellCommandContext, 'fs' | 'machine'>, bit: number): boolean {
  if (ctx.machine.user.uid !== 0) return false;
  let text: string;
  try {
    text = ctx.fs.readFile('/proc/self/status');
  } catch {
    return true;
  }
  const m = /^CapBnd:\s*([0-9a-f]+)$/m.exec(text);
  if (!m) return true;
  return ((BigInt('0x' + m[1]) >> BigInt(bit)) & 1n) === 1n;
}
