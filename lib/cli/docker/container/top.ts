/**
 * `docker top` / `docker container top`: the container's processes as the host's `ps` shows them
 * (host pids), `-ef` columns by default, `aux`, or the `-o` keywords (top-columns.ts), through
 * docker's tabwriter (min width 20).
 */
import { containerTop, requireContainer, type ProcessRow } from '../../../sim/index';
import { CliError, defineCommand, requiresMinArgs } from '../../command';
import { tabwrite } from '../../format/tabwriter';
import type { DockerEnv } from '../env';
import { runningNames } from './completion';
import { readOr } from '../../net/resolve';
import { columnsTable, hhmm, outputColumns } from './top-columns';

/** procps shortens user names longer than 8 characters to 7 plus `+`. */
const psUser = (u: string) => (u.length > 8 ? u.slice(0, 7) + '+' : u);

/**
 * The host's `ps` names a process's user from the host's /etc/passwd, by uid: a container user the
 * host does not have shows as its number (nginx's workers, uid 101, show as `101`).
 */
function asHostSees(rows: readonly ProcessRow[], passwd: string): ProcessRow[] {
  const names = new Map<number, string>();
  for (const line of passwd.split('\n')) {
    const f = line.split(':');
    if (f.length >= 3 && /^\d+$/.test(f[2]!) && !names.has(Number(f[2]))) names.set(Number(f[2]), f[0]!);
  }
  return rows.map((r) => (r.uid === undefined ? r : { ...r, user: names.get(r.uid) ?? String(r.uid) }));
}

function efRows(rows: readonly ProcessRow[], tty: string): string[][] {
  return [['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'], ...rows.map((r) => [psUser(r.user), String(r.hostPid), String(r.hostPpid), '0', hhmm(r.started), tty, '00:00:00', r.cmd])];
}

function auxRows(rows: readonly ProcessRow[], tty: string): string[][] {
  const head = ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'];
  return [head, ...rows.map((r, i) => [psUser(r.user), String(r.hostPid), '0.0', '0.1', String(11_000 + i * 1_200), String(7_000 + i * 800), tty, i === 0 ? 'Ss' : 'S', hhmm(r.started), '0:00', r.cmd])];
}

export const top = defineCommand<DockerEnv>()({
  use: 'top CONTAINER [ps OPTIONS]',
  short: 'Display the running processes of a container',
  args: requiresMinArgs(1),
  interspersed: false,
  aliasesLine: 'docker container top, docker top',
  at: [{ parent: 'container' }, { parent: '' }],
  complete: (ctx, args) => (args.length === 0 ? runningNames(ctx.env) : []),
  run(ctx, _o, args) {
    const eng = ctx.env.eng;
    const rows = asHostSees(containerTop(eng, args[0]!), readOr(ctx.io.fs, '/etc/passwd') ?? '');
    const tty = requireContainer(eng, args[0]!).config.Tty ? 'pts/0' : '?';
    const psArgs = args.slice(1).join(' ');
    const cols = outputColumns(args.slice(1));
    let table: string[][];
    if (cols) {
      const t = columnsTable(cols, rows, tty);
      if ('error' in t) throw new CliError(`Error response from daemon: ${t.error}`, 1);
      table = t.rows;
    } else table = /^-?aux$/.test(psArgs) ? auxRows(rows, tty) : efRows(rows, tty);
    ctx.out(tabwrite(table.map((r) => r.join('\t')).join('\n') + '\n', { minwidth: 20, padding: 3 }));
    return 0;
  },
});
