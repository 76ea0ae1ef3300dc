/**
 * `ps` inside a container, over the engine's view of its PID namespace (`--pid host`, `--init`,
 * `docker exec` processes included): BusyBox's format in alpine/busybox images, procps' formats
 * (`ps`, `ps aux`, `ps -ef`) in images that ship procps. Images without a `ps` program get none.
 */
import type { CommandFn } from '../../shell/types';
import { containerFs, visibleProcesses, type ContainerRecord, type Engine, type ProcessRow } from '../../sim/index';
import type { FileSystem } from '../../sim/fs/types';

export type PsFlavour = 'busybox' | 'procps';

const hhmm = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const comm = (cmd: string) => {
  const first = cmd.split(' ')[0] ?? '';
  return first.startsWith('nginx:') ? 'nginx' : first.slice(first.lastIndexOf('/') + 1);
};

/** BusyBox ps: `PID   USER     TIME  COMMAND`, whatever the options. */
export function busyboxPs(rows: readonly ProcessRow[]): string {
  let out = 'PID   USER     TIME  COMMAND\n';
  for (const r of rows) out += `${String(r.pid).padStart(5)} ${r.user.padEnd(8).slice(0, 8)} ${'0:00'.padStart(5)} ${r.cmd}\n`;
  return out;
}

/** procps ps: the default (`PID TTY TIME CMD`), BSD `aux`, or `-ef`. */
export function procpsPs(rows: readonly ProcessRow[], args: readonly string[], tty: string): string {
  const a = args.join(' ');
  const user = (u: string) => (u.length > 8 ? u.slice(0, 7) + '+' : u);
  if (/^-?aux$|^-?axu$/.test(a)) {
    let out = 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
    rows.forEach((r, i) => {
      const vsz = 2_484 + i * 1_716;
      out += `${user(r.user).padEnd(8)} ${String(r.pid).padStart(6)}  0.0  0.0 ${String(vsz).padStart(6)} ${String(1_280 + i * 512).padStart(5)} ${tty.padEnd(8)} ${(r.pid === 1 ? 'Ss' : i === rows.length - 1 ? 'Rs' : 'S').padEnd(4)} ${hhmm(r.started)}   0:00 ${r.cmd}\n`;
    });
    return out;
  }
  if (/^-e?f$|^-ef$|^-fe$|^-e -f$/.test(a)) {
    let out = 'UID          PID    PPID  C STIME TTY          TIME CMD\n';
    for (const r of rows) out += `${user(r.user).padEnd(8)} ${String(r.pid).padStart(6)} ${String(r.ppid).padStart(7)}  0 ${hhmm(r.started)} ${tty.padEnd(8)} 00:00:00 ${r.cmd}\n`;
    return out;
  }
  let out = '    PID TTY          TIME CMD\n';
  for (const r of rows) out += `${String(r.pid).padStart(7)} ${tty.padEnd(8)} 00:00:00 ${comm(r.cmd)}\n`;
  return out;
}

/** The `ps` command of a container whose image has a ps of that flavour. */
export function containerPs(eng: Engine, c: ContainerRecord, flavour: PsFlavour): CommandFn {
  return (ctx) => {
    const rows = visibleProcesses(eng, c, (x) => containerFs(eng, x));
    ctx.stdout(flavour === 'busybox' ? busyboxPs(rows) : procpsPs(rows, ctx.argv.slice(1), '?'));
    return 0;
  };
}

/** Which ps an image has: a BusyBox applet link, a procps binary, or none. */
export function psFlavour(fs: FileSystem): PsFlavour | null {
  for (const dir of ['/bin', '/usr/bin', '/sbin', '/usr/sbin', '/usr/local/bin']) {
    const path = `${dir}/ps`;
    const st = fs.lstat(path);
    if (!st) continue;
    if (st.type === 'symlink') return fs.readlink(path).endsWith('busybox') ? 'busybox' : 'procps';
    if (st.type === 'file') return 'procps';
  }
  return null;
}

/** `Runtime.toolsFor` provider: process tools of a container's image. */
export function containerProcTools(eng: Engine, c: ContainerRecord): Record<string, CommandFn> {
  const flavour = psFlavour(containerFs(eng, c));
  return flavour ? { ps: containerPs(eng, c, flavour) } : {};
}
