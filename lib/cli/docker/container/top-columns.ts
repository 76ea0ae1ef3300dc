/**
 * `docker top CONTAINER -o pid,comm` / `-eo user,pid,args`: dockerd runs the host's `ps` with those
 * options on the container's pids, so the header is procps's for each `-o` keyword. Without a PID
 * column the daemon cannot pick the container's lines (moby daemon/top_unix.go).
 */
import type { ProcessRow } from '../../../sim/index';

type Cell = (r: ProcessRow, i: number, tty: string) => string;

const pad = (n: number) => String(n).padStart(2, '0');
/** ps's STIME/START for today: `HH:MM` (UTC). */
export const hhmm = (ms: number) => `${pad(new Date(ms).getUTCHours())}:${pad(new Date(ms).getUTCMinutes())}`;
const comm = (r: ProcessRow) => {
  const argv0 = r.cmd.split(' ')[0] ?? '';
  return argv0.slice(argv0.lastIndexOf('/') + 1).slice(0, 15);
};

/** procps keyword → [header, value]. */
const COLUMNS: Record<string, [string, Cell]> = {
  pid: ['PID', (r) => String(r.hostPid)],
  ppid: ['PPID', (r) => String(r.hostPpid)],
  user: ['USER', (r) => r.user],
  uid: ['UID', (r) => (r.uid !== undefined ? String(r.uid) : r.user)],
  comm: ['COMMAND', comm],
  ucomm: ['COMMAND', comm],
  args: ['COMMAND', (r) => r.cmd],
  command: ['COMMAND', (r) => r.cmd],
  cmd: ['CMD', (r) => r.cmd],
  stat: ['STAT', (_r, i) => (i === 0 ? 'Ss' : 'S')],
  tty: ['TT', (_r, _i, tty) => tty],
  time: ['TIME', () => '00:00:00'],
  etime: ['ELAPSED', () => '00:00'],
  stime: ['STIME', (r) => hhmm(r.started)],
  start: ['STARTED', (r) => hhmm(r.started)],
  '%cpu': ['%CPU', () => '0.0'],
  pcpu: ['%CPU', () => '0.0'],
  '%mem': ['%MEM', () => '0.1'],
  pmem: ['%MEM', () => '0.1'],
  rss: ['RSS', (_r, i) => String(7_000 + i * 800)],
  vsz: ['VSZ', (_r, i) => String(11_000 + i * 1_200)],
};

/** The `-o` list of ps words (`-o a,b`, `-eo a,b`, `-o a -o b`), or null when there is none. */
export function outputColumns(psArgs: readonly string[]): string[] | null {
  const cols: string[] = [];
  for (let i = 0; i < psArgs.length; i++) {
    const a = psArgs[i]!;
    const m = /^-[a-zA-Z]*o(.*)$/.exec(a);
    if (!m) continue;
    const list = m[1] !== '' ? m[1]! : (psArgs[++i] ?? '');
    cols.push(...list.split(',').filter((c) => c !== ''));
  }
  return cols.length > 0 ? cols : null;
}

export type TopTable = { rows: string[][] } | { error: string };

/** The table for `-o` columns; an unknown keyword or no PID column is the daemon's error. */
export function columnsTable(cols: readonly string[], rows: readonly ProcessRow[], tty: string): TopTable {
  const defs = cols.map((c) => [c, COLUMNS[c.replace(/=.*$/, '').toLowerCase()]] as const);
  const unknown = defs.find(([, d]) => !d);
  // ps fails; dockerd reports the first line of its stderr after `ps: `.
  if (unknown) return { error: `ps: error: unknown user-defined format specifier "${unknown[0]}"` };
  if (!defs.some(([, d]) => d![0] === 'PID')) return { error: "Couldn't find PID field in ps output" };
  return { rows: [defs.map(([c, d]) => (c.includes('=') ? c.slice(c.indexOf('=') + 1) : d![0])), ...rows.map((r, i) => defs.map(([, d]) => d![1](r, i, tty)))] };
}
