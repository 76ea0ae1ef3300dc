/**
 * `container` goals: some container with the goal's name and image is in the asked state and has
 * every property the goal lists. Properties are read from what the engine recorded (Engine API
 * fields), so any command line that produces the container passes.
 */
import { ramInBytes } from '../../cli/format/units';
import type { ContainerRecord, HostState } from '../../sim/index';
import type { GoalOf } from '../spec/types';
import { DEFAULT_HOME, hostPath, type Verdict } from './context';
import { parsePortSpec } from './ports';
import { containerImageMatches } from './refs';

type Goal = GoalOf<'container'>;
type Mount = NonNullable<Goal['mounts']>[number];
const code = (s: string | number) => `\`${s}\``;

function stateVerdict(c: ContainerRecord, want: Goal['state']): Verdict {
  const status = c.state.Status;
  const ok =
    want === 'exists' ||
    (want === 'running' && status === 'running') ||
    (want === 'paused' && status === 'paused') ||
    (want === 'stopped' && (status === 'exited' || status === 'created' || status === 'dead'));
  return ok ? null : `${code(c.name)} is ${status}`;
}

function portsVerdict(c: ContainerRecord, ports: readonly string[]): Verdict {
  for (const spec of ports) {
    const p = parsePortSpec(spec);
    if (!p) return `${code(spec)} is not a port`;
    const bindings = c.hostConfig.PortBindings[`${p.containerPort}/${p.proto}`] ?? [];
    const found = bindings.some((b) => b.HostPort === (p.hostPort ?? '') && (p.hostIp === null || b.HostIp === p.hostIp));
    if (!found) return `${code(c.name)} does not publish ${code(spec)}`;
  }
  return null;
}

function envVerdict(c: ContainerRecord, env: Record<string, string>): Verdict {
  for (const [k, v] of Object.entries(env)) {
    if (!c.config.Env.includes(`${k}=${v}`)) return `${code(c.name)} has no ${code(`${k}=${v}`)} in its environment`;
  }
  return null;
}

function mountMatches(c: ContainerRecord, want: Mount, home: string): boolean {
  return c.mounts.some((m) => {
    if (m.Destination !== want.target) return false;
    if (want.type && m.Type !== want.type) return false;
    if (want.readOnly !== undefined && m.RW === want.readOnly) return false;
    if (want.source === undefined) return true;
    return m.Type === 'volume' ? m.Name === want.source : m.Source === hostPath(want.source, home);
  });
}

function mountsVerdict(c: ContainerRecord, mounts: readonly Mount[], home: string): Verdict {
  const missing = mounts.find((m) => !mountMatches(c, m, home));
  return missing ? `${code(c.name)} has no ${missing.source ? `${code(missing.source)} ` : ''}mount at ${code(missing.target)}` : null;
}

function userMatches(actual: string, want: string): boolean {
  return actual === want || actual.split(':')[0] === want;
}

/** Every property the goal lists, checked on one container: the first that fails, or null. */
export function containerProblems(c: ContainerRecord, g: Goal, home = DEFAULT_HOME, now = Infinity): Verdict {
  const checks: Array<() => Verdict> = [
    () => (g.state === 'absent' ? null : stateVerdict(c, g.state)),
    () => (g.ports ? portsVerdict(c, g.ports) : null),
    () => (g.env ? envVerdict(c, g.env) : null),
    () => (g.user !== undefined && !userMatches(c.config.User, g.user) ? `${code(c.name)} runs as ${code(c.config.User || 'root')}` : null),
    () => (g.mounts ? mountsVerdict(c, g.mounts, home) : null),
    () => {
      const missing = g.networks?.find((n) => !(n in c.networks));
      return missing ? `${code(c.name)} is not on network ${code(missing)}` : null;
    },
    () => (g.memory !== undefined && c.hostConfig.Memory !== (typeof g.memory === 'number' ? g.memory : ramInBytes(g.memory)) ? `${code(c.name)} has a different memory limit` : null),
    () => (g.cpus !== undefined && c.hostConfig.NanoCpus !== Math.round(g.cpus * 1e9) ? `${code(c.name)} has a different CPU limit` : null),
    () => (g.restart !== undefined && (c.hostConfig.RestartPolicy.Name || 'no') !== g.restart ? `${code(c.name)} has restart policy ${code(c.hostConfig.RestartPolicy.Name || 'no')}` : null),
    () => (g.health !== undefined && c.state.Health?.Status !== g.health ? `${code(c.name)} is ${c.state.Health ? c.state.Health.Status : 'without a health check'}` : null),
    () => {
      const wrong = Object.entries(g.labels ?? {}).find(([k, v]) => c.config.Labels[k] !== v);
      return wrong ? `${code(c.name)} has no label ${code(`${wrong[0]}=${wrong[1]}`)}` : null;
    },
    () => (g.exitCode !== undefined && (c.state.Running || c.state.ExitCode !== g.exitCode) ? `${code(c.name)} ${c.state.Running ? 'is still running' : `exited with ${c.state.ExitCode}`}` : null),
    () => (g.logs !== undefined && !c.logs.some((l) => l.t <= now && l.text.includes(g.logs!)) ? `${code(c.name)} has not printed ${code(g.logs)}` : null),
    () => {
      const missing = g.capDrop?.find((cap) => !(c.hostConfig.CapDrop ?? []).some((x) => x.toUpperCase().replace(/^CAP_/, '') === cap.toUpperCase().replace(/^CAP_/, '')));
      return missing ? `${code(c.name)} does not drop ${code(missing)}` : null;
    },
    () => (g.pidsLimit !== undefined && c.hostConfig.PidsLimit !== g.pidsLimit ? `${code(c.name)} has a different process limit` : null),
    () => (g.readOnlyRootfs !== undefined && c.hostConfig.ReadonlyRootfs !== g.readOnlyRootfs ? `${code(c.name)} root filesystem is ${c.hostConfig.ReadonlyRootfs ? 'read-only' : 'writable'}` : null),
  ];
  for (const check of checks) {
    const problem = check();
    if (problem !== null) return problem;
  }
  return null;
}

/** Containers the goal is about: its name and image, if it gives them. */
export function candidates(host: HostState, g: Pick<Goal, 'name' | 'image'>): ContainerRecord[] {
  return Object.values(host.containers).filter((c) => (g.name === undefined || c.name === g.name) && (g.image === undefined || containerImageMatches(host, c, g.image)));
}

export function checkContainer(host: HostState, g: Goal, home = DEFAULT_HOME, now = Infinity): Verdict {
  const found = candidates(host, g);
  if (g.state === 'absent') return found.length === 0 ? null : `${code(found[0]!.name)} still exists`;
  if (found.length === 0) {
    const named = g.name ? Object.values(host.containers).find((c) => c.name === g.name) : undefined;
    if (named && g.image) return `${code(g.name!)} runs ${code(named.config.Image)}, not ${code(g.image)}`;
    return g.name ? `there is no container named ${code(g.name)}` : 'there is no such container';
  }
  let first: Verdict = null;
  for (const c of found) {
    const problem = containerProblems(c, g, home, now);
    if (problem === null) return null;
    first ??= problem;
  }
  return first;
}
