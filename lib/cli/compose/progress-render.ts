/**
 * Compose's progress display as a terminal shows it once a command is over: the last frame of
 * the TTY writer (pkg/progress/tty.go) — `[+] Running 3/3`, then one line per resource with a
 * spinner mark (✔ done, ✘ error, ! warning), the id, the status text padded to a common column
 * and the elapsed time right-aligned to the terminal width. Children (pull layers) are indented.
 */
import type { Progress, ProgressEvent } from '../../sim/compose/index';
import { utf8Length } from '../../sim/text/utf8-length';

const mark = (e: ProgressEvent) => (e.status === 'done' ? '✔' : e.status === 'error' ? '✘' : e.status === 'warning' ? '!' : '⠿');

function elapsed(e: ProgressEvent, now: number): string {
  const end = e.status === 'working' ? now : (e.end ?? e.start);
  return `${(Math.max(0, end - e.start) / 1000).toFixed(1)}s `;
}

function line(e: ProgressEvent, pad: string, width: number, statusPadding: number, now: number, prefix: string): string {
  const txt = `${e.id} ${e.text}`;
  const padding = Math.max(0, statusPadding - utf8Length(txt));
  let status = e.statusText;
  const maxStatus = width - utf8Length(txt) - statusPadding - 15;
  if (maxStatus > 0 && status.length > maxStatus) status = status.slice(0, maxStatus) + '...';
  const left = `${pad} ${mark(e)}${prefix} ${txt}${' '.repeat(padding)} ${status}`;
  const right = elapsed(e, now);
  // align() counts user-perceived characters (lenAnsi), so every line is exactly `width` wide
  const fill = width - [...left].length - [...right].length;
  return left + (fill > 0 ? ' '.repeat(fill) : '') + right + '\n';
}

/** compose's prefix for every line in dry-run mode. */
export const DRY_RUN_PREFIX = ' DRY-RUN MODE - ';

/** The final frame (empty when nothing happened); `dryRun` marks every line as compose does. */
export function renderProgress(p: Progress, width = 80, dryRun = false): string {
  const prefix = dryRun ? DRY_RUN_PREFIX : '';
  if (p.empty) return '';
  const events = [...p.byId.values()];
  let statusPadding = 0;
  for (const e of events) {
    statusPadding = Math.max(statusPadding, utf8Length(`${e.id} ${e.text}`));
    if (e.parentId !== '') statusPadding -= 2;
  }
  const now = p.now();
  const done = events.filter((e) => e.status !== 'working').length;
  let out = `[+] ${p.title} ${done}/${events.length}\n`;
  for (const e of events) {
    if (e.parentId !== '') continue;
    out += line(e, '', width, statusPadding, now, prefix);
    for (const c of events) if (c.parentId === e.id) out += line(c, '  ', width, statusPadding, now, prefix);
  }
  return out + p.tail.map((t) => t + '\n').join('');
}
