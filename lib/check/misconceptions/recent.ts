/** Shared reading helpers for the detectors. */
import type { ContainerRecord, HostState } from '../../sim/index';
import type { GoalResult } from '../goals/context';
import { normalizeCommand, type NormalizedCommand } from '../normalize/index';
import type { Goal, GoalOf, GoalType } from '../spec/types';
import type { DetectorInput } from './types';

export const code = (s: string | number) => `\`${s}\``;

export interface RecentCommand extends NormalizedCommand {
  line: string;
  exitCode: number;
}

/** The docker commands of the last `lines` lines, newest first. */
export function recentDocker(input: DetectorInput, lines = 3): RecentCommand[] {
  const out: RecentCommand[] = [];
  for (const record of input.commands.slice(-lines).reverse()) {
    const cmds = normalizeCommand(record.line).filter((c) => c.tool === 'docker' && c.valid);
    for (const c of cmds.reverse()) out.push({ ...c, line: record.line, exitCode: record.exitCode });
  }
  return out;
}

/** Values of a list flag (`--publish`, `--volume`) in a normalised command. */
export function listFlag(cmd: NormalizedCommand, name: string): string[] {
  const raw = cmd.flags[name];
  if (!raw) return [];
  const value = JSON.parse(raw) as unknown;
  return Array.isArray(value) ? value.map(String) : [];
}

export const isRun = (c: NormalizedCommand) => c.path === 'container run' || c.path === 'container create';

export function unmetGoals<T extends GoalType>(input: DetectorInput, type: T): Array<GoalOf<T>> {
  const unmet = new Set(input.results.filter((r: GoalResult) => !r.met).map((r) => r.id));
  return input.goals.filter((g: Goal): g is GoalOf<T> => g.type === type && unmet.has(g.id));
}

export function learnerHost(input: DetectorInput): HostState | undefined {
  return input.world.hosts[0];
}

export function containerNamed(host: HostState | undefined, name: string | undefined): ContainerRecord | undefined {
  return name === undefined || !host ? undefined : Object.values(host.containers).find((c) => c.name === name);
}
