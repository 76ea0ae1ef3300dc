/**
 * What a container's main process is: from Entrypoint + Cmd, peel off entrypoint wrapper scripts
 * (docker-entrypoint.sh, tini, …), then classify: a known service (behaviours), a sleeper
 * (`sleep 300`, `tail -f /dev/null`), a shell waiting on a terminal, a `while true` loop that
 * prints periodically, or a command that runs to completion through the ProcessRunner.
 */
import type { FileSystem } from '../fs/types';
import { findBehaviour } from './behaviours/index';
import { basename, type ServiceBehaviour } from './behaviours/types';
import { findExecutable } from './view';

const WRAPPERS = new Set(['docker-entrypoint.sh', 'entrypoint.sh', 'tini', 'docker-entrypoint', '__cacert_entrypoint.sh', 'docker-php-entrypoint', 'gosu']);
const TRAEFIK_SUBCOMMANDS = new Set(['version', 'healthcheck']);
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const REPLS = new Set(['node', 'python', 'python3', 'jshell', 'irb', 'php']);

export type Plan =
  | { kind: 'service'; behaviour: ServiceBehaviour; argv: string[]; wrapper: string | null }
  | { kind: 'idle'; seconds: number | null; argv: string[]; prefix?: string }
  | { kind: 'interactive'; argv: string[] }
  | { kind: 'loop'; body: string; interval: number; argv: string[]; prefix?: string }
  | { kind: 'command'; argv: string[] }
  /** Reads an endless stream without newlines into memory (`tail /dev/zero`): the memory-limit demo. */
  | { kind: 'memhog'; argv: string[] };

/** Strip wrapper scripts, applying what they do to their arguments. */
export function unwrap(argv: readonly string[], fs: FileSystem, path: string, imageCmd: readonly string[] | null): { argv: string[]; wrapper: string | null } {
  let rest = [...argv];
  let wrapper: string | null = null;
  while (rest.length > 0 && WRAPPERS.has(basename(rest[0]!))) {
    wrapper = rest[0]!;
    rest = rest.slice(1);
    if (basename(wrapper) === 'tini' && rest[0] === '--') rest = rest.slice(1);
    if (basename(wrapper) === 'gosu') rest = rest.slice(1);
  }
  if (wrapper && rest.length > 0 && imageCmd && imageCmd.length > 0) {
    const first = rest[0]!;
    const program = imageCmd[0]!;
    // docker-entrypoint.sh: `-flag` or a non-command first argument means "run the default program with these args".
    // traefik's entrypoint also runs its subcommands through it (`docker run traefik version`).
    if (first.startsWith('-') || (program === 'node' && !findExecutable(fs, first, path).ok) || (program === 'traefik' && TRAEFIK_SUBCOMMANDS.has(first))) rest = [program, ...rest];
  }
  return { argv: rest, wrapper };
}

const LOOP = /^([\s\S]*?(?:;|&&|\n))?\s*while\s+(?:true|:|\[\s*1\s*\]|\[\s*true\s*\])\s*;?\s*do\s+([\s\S]*?);?\s*done\s*;?\s*$/;
const SLEEP_IN_BODY = /(?:^|;|&&)\s*sleep\s+(\d+(?:\.\d+)?)\s*(?:;|$)/;
const TAIL_IDLE = /(?:^|;|&&)\s*(?:sleep\s+(infinity|\d+(?:\.\d+)?)|tail\s+-f\s+\S+|exec\s+sleep\s+(infinity|\d+))\s*;?\s*$/;

/** `piped`: stdin was given (`echo x | docker run -i …`), so `cat` reads it and ends. */
export function planFor(argv: readonly string[], wrapper: string | null, tty: boolean, openStdin: boolean, piped = false): Plan {
  const a = [...argv];
  const name = basename(a[0] ?? '');
  const behaviour = findBehaviour(a, wrapper);
  if (behaviour) return { kind: 'service', behaviour, argv: a, wrapper };
  // An entrypoint script with nothing to `exec "$@"` simply ends.
  if (a.length === 0) return { kind: 'idle', seconds: 0, argv: a };
  if (name === 'sleep' && a.length === 2) return { kind: 'idle', seconds: a[1] === 'infinity' ? null : parseSeconds(a[1]!), argv: a };
  if (isMemhog(a)) return { kind: 'memhog', argv: a };
  if (name === 'tail' && a.includes('-f')) return { kind: 'idle', seconds: null, argv: a };
  if (name === 'top' || (name === 'cat' && a.length === 1 && openStdin && !piped)) return { kind: 'idle', seconds: null, argv: a };
  const shellLike = SHELLS.has(name) || REPLS.has(name);
  if (shellLike && (a.length === 1 || (a.length === 2 && (a[1] === '-i' || a[1] === '-l')))) {
    // Without a terminal or open stdin a shell or REPL reads EOF at once and exits 0, silently.
    return tty || openStdin ? { kind: 'interactive', argv: a } : { kind: 'idle', seconds: 0, argv: a };
  }
  if (SHELLS.has(name) && a[1] === '-c' && a[2] !== undefined) {
    const script = a[2];
    // `sh -c "tail /dev/zero"`: a plain command line (no quoting or operators) is that command.
    if (/^[\w\s/.=-]+$/.test(script) && isMemhog(script.trim().replace(/^exec\s+/, '').split(/\s+/))) return { kind: 'memhog', argv: a };
    const loop = LOOP.exec(script);
    if (loop) {
      const body = loop[2]!;
      const prefix = (loop[1] ?? '').replace(/(?:;|&&|\n)\s*$/, '').trim();
      const sleep = SLEEP_IN_BODY.exec(body);
      const interval = sleep ? parseSeconds(sleep[1]!) : 1;
      const rest = body.replace(SLEEP_IN_BODY, ';').replace(/^[;\s]+|[;\s]+$/g, '');
      return { kind: 'loop', body: rest, interval: Math.max(interval, 0.001), argv: a, ...(prefix ? { prefix } : {}) };
    }
    const idle = TAIL_IDLE.exec(script);
    if (idle) {
      const arg = idle[1] ?? idle[2];
      const prefix = script.slice(0, idle.index).replace(/[;&\s]+$/, '');
      return { kind: 'idle', seconds: arg === undefined || arg === 'infinity' ? null : parseSeconds(arg), argv: a, ...(prefix ? { prefix } : {}) };
    }
  }
  return { kind: 'command', argv: a };
}

function isMemhog(a: readonly string[]): boolean {
  const name = basename(a[0] ?? '');
  return (name === 'tail' || name === 'head') && a.slice(1).some((x) => x === '/dev/zero' || x === '/dev/urandom') && !a.includes('-c');
}

function parseSeconds(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(s);
  if (!m) return 0;
  const n = Number(m[1]);
  return n * ({ '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'] ?? 1);
}
