/**
 * Behaviours: what the main process of well-known images does (nginx, postgres, …): its logs,
 * how it reacts to signals, the ports it listens on, the HTTP it answers, its process table.
 * Data plus a tiny handler each; the engine stays generic.
 */
import type { Engine } from '../../core/engine';
import type { FileSystem } from '../../fs/types';
import type { ContainerRecord } from '../types';

export interface HttpRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** Host header value. */
  host: string;
  /** Port inside the container. */
  port: number;
  /** Address the request appears to come from (for access logs). */
  clientIp: string;
}

export interface HttpResponse {
  status: number;
  statusText: string;
  headers: Array<[string, string]>;
  body: string;
}

export interface Listener {
  port: number;
  proto: 'tcp' | 'udp';
  /** plain HTTP; 'tls' answers nothing to plain HTTP (curl: empty reply); 'tcp' is another protocol. */
  kind: 'http' | 'tls' | 'tcp';
}

export interface ProcInfo {
  user: string;
  /** Command line as ps shows it. */
  cmd: string;
  /** Index of the parent in the list (-1: the container's pid 1 has no parent inside). */
  parent: number;
}

export interface BehaviourCtx {
  eng: Engine;
  c: ContainerRecord;
  /** The container's filesystem (mounts included). */
  fs: FileSystem;
  now: number;
  env: Readonly<Record<string, string>>;
  /** The program and its arguments, entrypoint wrappers removed. */
  argv: readonly string[];
  /** The wrapper script that launched it, if any (`/docker-entrypoint.sh`…). */
  wrapper: string | null;
  /** Append output; `at` lets startup lines appear over time (default now). */
  log(stream: 'stdout' | 'stderr', text: string, at?: number): void;
}

export interface StartOutcome {
  /** The process ends by itself (a failed start, hello-world…). */
  exit?: { code: number; afterMs: number };
  /** Listeners accept connections only after this delay (database initialisation…). */
  readyAfterMs?: number;
  /** What the process holds in memory from the start (ProcessState.memory): nginx's loaded configuration. */
  memory?: unknown;
}

export interface ServiceBehaviour {
  name: string;
  match(argv: readonly string[], wrapper: string | null): boolean;
  start(ctx: BehaviourCtx): StartOutcome;
  /** A signal arrived: the exit code when the process exits, null when it keeps running. */
  signal(ctx: BehaviourCtx, sig: string): number | null;
  listeners(ctx: BehaviourCtx): Listener[];
  http?(ctx: BehaviourCtx, req: HttpRequest): HttpResponse;
  /** A request the listener dropped (plain HTTP on a TLS port): log what the server logs then. */
  rejected?(ctx: BehaviourCtx, req: HttpRequest): void;
  processes(ctx: BehaviourCtx): ProcInfo[];
  /** Typical resident memory in bytes. */
  memory: number;
  /** Below this memory limit the process is OOM-killed at start. */
  minMemory: number;
}

export const basename = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
