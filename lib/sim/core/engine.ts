/**
 * The handle every engine operation takes: the World (data), the Runtime (injected behaviour,
 * never serialised) and the host the operation targets.
 */
import type { CommandFn, Machine } from '../../shell/types';
import type { FileSystem } from '../fs/types';
import type { ContainerRecord } from '../containers/types';
import type { RemoteRegistry } from '../images/pull';
import { nextHex } from './rng';
import { createWorld, type HostState, type World, type WorldOptions } from './world';

export interface ProcessIO {
  stdin?: string;
  env?: Record<string, string>;
  cwd?: string;
  tty?: boolean;
}

export interface ProcessResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * Runs a program inside a machine and returns what it printed. The CLI layer satisfies it with the
 * shell's ShellControl.exec (quoting argv into a script); tests use a small fake.
 */
export type ProcessRunner = (machine: Machine, argv: readonly string[], io: ProcessIO) => ProcessResult;

/** A reconciler the clock calls when simulated time passes (containers, later swarm, k8s…). */
export interface TickHook {
  name: string;
  /** Earliest simulated time this hook has work at, or null. */
  nextDue(world: World, rt: Runtime): number | null;
  /**
   * Do the work due at `now` (world.clock === now). `until` is where the current advance stops:
   * independent periodic work (a container printing every second) may be done in one batch up to it.
   */
  run(world: World, rt: Runtime, now: number, until: number): void;
}

/** Another subsystem's share of `docker system df` / `system prune` (the build cache…). */
export interface SystemContributor {
  name: string;
  diskUsage(eng: Engine): { total: number; active: number; size: number; reclaimable: number };
  /** Returns the bytes reclaimed. */
  prune(eng: Engine, o: { all: boolean }): number;
}

export interface Runtime {
  runner: ProcessRunner;
  /** Registries beyond the built-in catalog (a private registry): see images/pull.ts. */
  registry?: (eng: Engine, domain: string) => RemoteRegistry | null;
  /** Contributions to `docker system df` / `docker system prune`, keyed by name (e.g. `build`). */
  contributors?: SystemContributor[];
  /** The learner's host filesystem (bind mounts, docker save/load/export files). */
  hostFs?: FileSystem;
  hooks: TickHook[];
  /** Extra commands available inside a container's machine (curl in images that have it…). */
  toolsFor?: (eng: Engine, container: ContainerRecord) => Record<string, CommandFn>;
  /**
   * Extra routing beyond one host's bridges (swarm: the routing mesh, service VIPs on overlay
   * networks, other nodes): consulted first by networks/reach.ts; null/undefined = not mine.
   */
  routes?: RouteExtension[];
}

/** Why a TCP connection failed: nothing listens, no answer at all, or closed without a reply. */
export type ConnectError = 'refused' | 'timeout' | 'empty-reply';

/** Where a connection ends when a route extension answers: a container on some host (by name). */
export interface RoutedTarget {
  host: string;
  container: ContainerRecord;
  port: number;
  clientIp: string;
}

export interface RouteExtension {
  name: string;
  /** The address `name` resolves to as seen from `from` (on `eng.host`), or null when not handled. */
  resolve?(eng: Engine, from: { kind: 'host' } | { kind: 'container'; id: string }, name: string): string | null;
  /**
   * Route a TCP connection to ip:port, or null when not handled. `empty-reply`: a listener took the
   * connection and closed it without a byte (a port-forward whose pod port has nothing listening).
   */
  connect?(eng: Engine, from: { kind: 'host' } | { kind: 'container'; id: string }, ip: string, port: number): RoutedTarget | { error: ConnectError } | null;
}

export interface Engine {
  world: World;
  rt: Runtime;
  /** Name of the host this handle operates on. */
  host: string;
}

export function hostOf(eng: Engine): HostState {
  // A plain loop: this runs for nearly every engine call (usually one host, the first).
  const hosts = eng.world.hosts;
  for (let i = 0; i < hosts.length; i++) if (hosts[i]!.name === eng.host) return hosts[i]!;
  throw new Error(`unknown host ${eng.host}`);
}

/** The same world and runtime, another host (swarm nodes). */
export function onHost(eng: Engine, host: string): Engine {
  return { ...eng, host };
}

/** A new 64-hex object id from the world's rng. */
export function newId(eng: Engine | World): string {
  const world = 'world' in eng ? eng.world : eng;
  return nextHex(world.rng, 64);
}

export function now(eng: Engine): number {
  return eng.world.clock;
}

export function createRuntime(runner: ProcessRunner, extra: Partial<Omit<Runtime, 'runner'>> = {}): Runtime {
  return { runner, hooks: [], ...extra };
}

/** A fresh world with its learner host, as an Engine on that host (no networks or hooks yet). */
export function bareEngine(rt: Runtime, opts?: WorldOptions): Engine {
  const world = createWorld(opts);
  return { world, rt, host: world.hosts[0]!.name };
}
