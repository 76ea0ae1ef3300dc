/**
 * Signals: parsing as moby/sys/signal does, and what a container's main process does with one.
 * A plain program running as PID 1 has no default signal actions, so SIGTERM is ignored (docker
 * stop then waits for its timeout and SIGKILLs: exit 137) — unless `--init` puts tini in front,
 * which forwards the signal and exits 128+n.
 */
import { invalid } from '../core/errors';

const NUMBERS: Record<string, number> = {
  HUP: 1, INT: 2, QUIT: 3, ILL: 4, TRAP: 5, ABRT: 6, IOT: 6, BUS: 7, FPE: 8, KILL: 9, USR1: 10, SEGV: 11, USR2: 12, PIPE: 13, ALRM: 14,
  TERM: 15, STKFLT: 16, CHLD: 17, CONT: 18, STOP: 19, TSTP: 20, TTIN: 21, TTOU: 22, URG: 23, XCPU: 24, XFSZ: 25, VTALRM: 26, PROF: 27,
  WINCH: 28, IO: 29, POLL: 29, PWR: 30, SYS: 31,
};

/** `SIGTERM`, `term`, `15` → `SIGTERM`. Throws `Invalid signal: x`. */
export function parseSignal(raw: string): string {
  const up = raw.toUpperCase().replace(/^SIG/, '');
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    const name = Object.keys(NUMBERS).find((k) => NUMBERS[k] === n);
    if (!name || n === 0) throw invalid(`Invalid signal: ${raw}`);
    return `SIG${name}`;
  }
  if (!(up in NUMBERS)) throw invalid(`Invalid signal: ${raw}`);
  return `SIG${up}`;
}

export function signalNumber(sig: string): number {
  return NUMBERS[sig.replace(/^SIG/, '')] ?? 0;
}

const IGNORED_BY_DEFAULT = new Set(['SIGCHLD', 'SIGWINCH', 'SIGURG', 'SIGCONT']);

/** Exit code of a generic (non-service) main process receiving `sig`, or null when it survives. */
export function genericSignalOutcome(sig: string, hasInit: boolean): number | null {
  if (sig === 'SIGKILL') return 137;
  if (sig === 'SIGSTOP' || sig === 'SIGTSTP' || sig === 'SIGTTIN' || sig === 'SIGTTOU') return null;
  if (!hasInit || IGNORED_BY_DEFAULT.has(sig)) return null;
  return 128 + signalNumber(sig);
}
