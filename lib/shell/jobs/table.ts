/**
 * The shell's job table (`cmd &`) as plain data, kept in SessionState so snapshots carry it.
 * A job is `running` while its command keeps running (a tool said so through `attach`) or until the
 * clock reaches the end of the simulated time its commands took (`endsAt`); else it ends at once
 * (`done`, with its status) or is ended by `kill` (`terminated`, with the signal name).
 * Finished jobs stay until bash would report them (`[1]+  Done …` before a prompt, or `jobs`).
 */
import type { AndOr, Command, List, Pipeline, Redir, Word, WordPart } from '../ast';

export interface Job {
  /** %1, %2… */
  id: number;
  pid: number;
  /** The command as bash shows it (`kubectl port-forward deployment/web 8080:80`). */
  command: string;
  state: 'running' | 'done' | 'terminated';
  /** Exit status (done) — 0 shows as `Done`, n as `Exit n`. */
  status: number;
  /** For `terminated`: how bash names the signal (`Terminated`, `Killed`, `Interrupt`). */
  signal?: string;
  /**
   * A job whose commands take simulated time (`sleep 30 &`) stays `running` until the clock reaches
   * this moment; `status` is already the status it will end with.
   */
  endsAt?: number;
  /** What such a job printed after time had passed in it: shown when the clock reaches `at`. */
  later?: LaterOutput[];
}

export interface LaterOutput {
  at: number;
  text: string;
}

/** bash numbers a new job one past the highest job in the table; BusyBox ash takes the lowest free number. */
export function addJob(jobs: Job[], pid: number, command: string, flavour: 'bash' | 'sh' = 'bash'): Job {
  let id = jobs.reduce((m, j) => Math.max(m, j.id), 0) + 1;
  if (flavour === 'sh') for (id = 1; jobs.some((j) => j.id === id); ) id++;
  const job: Job = { id, pid, command, state: 'running', status: 0 };
  jobs.push(job);
  return job;
}

/** `+` the current job (the newest), `-` the previous one, else a space. */
export function marker(jobs: readonly Job[], job: Job): string {
  const i = jobs.indexOf(job);
  if (i === jobs.length - 1) return '+';
  return i === jobs.length - 2 ? '-' : ' ';
}

/** bash says `Exit 3` where BusyBox ash says `Done(3)`. */
export function stateWord(job: Job, flavour: 'bash' | 'sh' = 'bash'): string {
  if (job.state === 'running') return 'Running';
  if (job.state === 'terminated') return job.signal ?? 'Terminated';
  if (job.status === 0) return 'Done';
  return flavour === 'sh' ? `Done(${job.status})` : `Exit ${job.status}`;
}

/**
 * One line as `jobs` (and the notifications) print it; `pid` for `jobs -l`. bash pads the state to
 * 24 columns and marks a running job's command with ` &`; BusyBox ash starts the command at column 33.
 */
export function jobLine(jobs: readonly Job[], job: Job, withPid = false, flavour: 'bash' | 'sh' = 'bash'): string {
  const pid = withPid ? `${job.pid} ` : '';
  const head = `[${job.id}]${marker(jobs, job)}  `;
  if (flavour === 'sh') return `${(head + pid + stateWord(job, 'sh')).padEnd(33)}${job.command}\n`;
  const cmd = job.state === 'running' ? `${job.command} &` : job.command;
  return `${head}${pid}${stateWord(job).padEnd(24)}${cmd}\n`;
}

/** `%1`, `%%`/`%+` (current), `%-` (previous), `%name` (command starts with name). */
export function findJob(jobs: readonly Job[], spec: string): Job | undefined {
  const s = spec.slice(1);
  if (s === '' || s === '%' || s === '+') return jobs[jobs.length - 1];
  if (s === '-') return jobs[jobs.length - 2];
  if (/^\d+$/.test(s)) return jobs.find((j) => j.id === Number(s));
  return [...jobs].reverse().find((j) => j.command.startsWith(s));
}

function partText(p: WordPart): string {
  switch (p.k) {
    case 'lit':
      return p.v;
    case 'sq':
      return p.v.length === 1 ? `\\${p.v}` : `'${p.v}'`;
    case 'dq':
      return `"${p.parts.map(partText).join('')}"`;
    case 'param':
      return p.op || p.length || p.index || p.indirect || p.keys ? `\${${p.name}…}` : `$${p.name}`;
    case 'cmd':
      return `$(${p.src})`;
    case 'arith':
      return `$((${p.expr.map(partText).join('')}))`;
    case 'tilde':
      return `~${p.user}`;
  }
}

const wordText = (w: Word) => w.map(partText).join('');

function pipelineText(p: Pipeline): string {
  const redir = (r: Redir) => (r.op.startsWith('<<') && r.op !== '<<<' ? `${r.op} EOF` : `${r.fd ?? ''}${r.op} ${wordText(r.target)}`);
  const text = (c: Command): string => {
    if (c.k === 'simple') return [...c.assigns.map((a) => `${a.name}=${wordText(a.value)}`), ...c.words.map(wordText), ...c.redirs.map(redir)].join(' ');
    // bash prints a subshell as `( exit 3 )` and a group as `{ sleep 1; echo a; }`.
    if (c.k === 'subshell') return [`( ${listText(c.body)} )`, ...c.redirs.map(redir)].join(' ');
    if (c.k === 'group') return [`{ ${listText(c.body)}; }`, ...c.redirs.map(redir)].join(' ');
    return c.k;
  };
  return (p.timed ? (p.timed === 'posix' ? 'time -p ' : 'time ') : '') + (p.negate ? '! ' : '') + p.cmds.map(text).join(' | ');
}

function listText(list: List): string {
  return list.map((ao, i) => commandText(ao) + (ao.background ? ' &' : i < list.length - 1 ? ';' : '')).join(' ');
}

/** The command text bash keeps for a job (rebuilt from the syntax tree). */
export function commandText(ao: AndOr): string {
  return [pipelineText(ao.first), ...ao.rest.map((r) => `${r.op} ${pipelineText(r.pipeline)}`)].join(' ');
}
