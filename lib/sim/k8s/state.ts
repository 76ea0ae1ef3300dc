/**
 * Where the cluster lives in the World: the learner host's `ext.minikube` (the profile, plain data),
 * and a second engine host named after the profile (the node's container runtime, where pods run
 * as containers). `Ctx` bundles what every cluster operation needs.
 */
import { hostOf, onHost, type Engine } from '../core/engine';
import type { KObject } from './types';

export type PodStep = 'sandbox' | 'prepare' | 'pulled' | 'pull-failed' | 'pull-backoff' | 'retry-pull' | 'start';

/** What the kubelet keeps per pod besides the API object (never shown by kubectl). */
export interface PodRuntime {
  /** Engine container id per container name, once created. */
  containers: Record<string, string>;
  /** pending → creating (containers prepared one by one) → running → done; terminating on delete. */
  stage: 'pending' | 'creating' | 'running' | 'done' | 'terminating';
  /** Index of the container being prepared while creating. */
  current: number;
  /** The next step of the creation flow. */
  next: { at: number; step: PodStep } | null;
  /** Back-off (ms) per container for image pulls and crash loops, doubling from 10s to 5m. */
  backoff: Record<string, number>;
  /** When a crashed container starts again. */
  restartAt: Record<string, number>;
  /** Next probe per container. */
  probeAt: Record<string, number>;
  /** Consecutive liveness failures per container. */
  failures: Record<string, number>;
  /** The pull in flight. */
  pull?: { ok: boolean; message: string; size: number; ms: number };
  /** Deadline of a graceful termination (then SIGKILL). */
  killAt?: number;
  /** Control-plane pods shown by the API with no simulated runtime. */
  virtual?: boolean;
  /** When each container's current run started, and its previous run [start, end] (kubectl logs -p). */
  runStart?: Record<string, number>;
  prevRun?: Record<string, [number, number]>;
}

export interface ClusterState {
  /** Next resourceVersion. */
  rv: number;
  /** Objects by resource key (`pods`, `deployments.apps`) then `namespace/name` (or `name`). */
  objects: Record<string, Record<string, KObject>>;
  /** Kubelet bookkeeping by pod uid. */
  pods: Record<string, PodRuntime>;
  /** Round-robin position per service (`ns/name`). */
  rr: Record<string, number>;
  /** Next pod IP (counter within 10.244.0.0/16). */
  nextPodIp: number;
  /** Image pulls in flight on the node: reference → when the download completes (ms). */
  pulls: Record<string, number>;
}

export type ProfileStatus = 'Running' | 'Stopped';

export interface MinikubeState {
  name: string;
  status: ProfileStatus;
  /** When the profile was created (ms). */
  created: number;
  /** Engine id of the node container on the learner's host. */
  nodeContainer: string;
  /** `minikube tunnel` ran: LoadBalancer services got their external IP. */
  tunnel: boolean;
  addons: Record<string, boolean>;
  cluster: ClusterState;
}

export const PROFILE = 'minikube';
export const NODE_IP = '192.168.49.2';
export const KUBERNETES_VERSION = 'v1.33.1';

export function minikubeOf(eng: Engine): MinikubeState | null {
  return (hostOf(eng).ext['minikube'] as MinikubeState | undefined) ?? null;
}

export function setMinikube(eng: Engine, state: MinikubeState | null): void {
  const ext = hostOf(eng).ext;
  if (state) ext['minikube'] = state;
  else delete ext['minikube'];
}

export function emptyCluster(): ClusterState {
  return { rv: 1, objects: {}, pods: {}, rr: {}, nextPodIp: 3, pulls: {} };
}

/** Everything an API operation needs: the learner's engine, the cluster, the node's engine. */
export interface Ctx {
  /** The learner host's engine (the node container lives there). */
  readonly eng: Engine;
  /** The node's engine (pods' containers, images pulled for pods). */
  readonly node: Engine;
  readonly cluster: ClusterState;
  readonly profile: MinikubeState;
  now(): number;
}

/** The learner host's engine, whichever host `eng` points at. */
export function learnerEngine(eng: Engine): Engine {
  return onHost(eng, eng.world.hosts[0]!.name);
}

export function ctxFor(eng: Engine, profile: MinikubeState): Ctx {
  const learner = learnerEngine(eng);
  return { eng: learner, node: onHost(learner, profile.name), cluster: profile.cluster, profile, now: () => learner.world.clock };
}

/** The cluster context when the API server answers (profile running), else null. */
export function liveCtx(eng: Engine): Ctx | null {
  const learner = learnerEngine(eng);
  const p = minikubeOf(learner);
  if (!p || p.status !== 'Running') return null;
  const node = hostOf(learner).containers[p.nodeContainer];
  if (!node?.state.Running) return null;
  return ctxFor(learner, p);
}
