/**
 * The STATUS text of `docker ps` (moby container.State.String) and the State value
 * (StateString), computed from state timestamps and the simulated clock:
 * `Up 3 seconds`, `Up 2 minutes (healthy)`, `Up 5 seconds (health: starting)`,
 * `Up 5 seconds (Paused)`, `Restarting (1) 2 seconds ago`, `Exited (0) 2 minutes ago`,
 * `Created`, `Dead`, `Removal In Progress`.
 */
import { humanDuration } from './units';

export interface ContainerStateInfo {
  readonly running: boolean;
  readonly paused?: boolean;
  readonly restarting?: boolean;
  readonly dead?: boolean;
  readonly removalInProgress?: boolean;
  readonly exitCode: number;
  /** Milliseconds; undefined = never started / never finished (Go's zero time). */
  readonly startedAt?: number;
  readonly finishedAt?: number;
  /** Health check status when the container has one. */
  readonly health?: 'starting' | 'healthy' | 'unhealthy';
}

const since = (now: number, t: number | undefined) => humanDuration(now - (t ?? now));

export function containerStatus(s: ContainerStateInfo, now: number): string {
  if (s.running) {
    if (s.paused) return `Up ${since(now, s.startedAt)} (Paused)`;
    if (s.restarting) return `Restarting (${s.exitCode}) ${since(now, s.finishedAt)} ago`;
    if (s.health) return `Up ${since(now, s.startedAt)} (${s.health === 'starting' ? 'health: starting' : s.health})`;
    return `Up ${since(now, s.startedAt)}`;
  }
  if (s.removalInProgress) return 'Removal In Progress';
  if (s.dead) return 'Dead';
  if (s.startedAt === undefined) return 'Created';
  if (s.finishedAt === undefined) return '';
  return `Exited (${s.exitCode}) ${since(now, s.finishedAt)} ago`;
}

export type ContainerStateName = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export function containerStateName(s: ContainerStateInfo): ContainerStateName {
  if (s.running) return s.paused ? 'paused' : s.restarting ? 'restarting' : 'running';
  if (s.removalInProgress) return 'removing';
  if (s.dead) return 'dead';
  return s.startedAt === undefined ? 'created' : 'exited';
}
