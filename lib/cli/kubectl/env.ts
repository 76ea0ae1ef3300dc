/**
 * What every kubectl verb receives, and the two questions almost all of them ask first: which
 * cluster (the kubeconfig's current context, reachable only while minikube runs) and which
 * namespace (-n, else the context's, else `default`).
 */
import type { Engine } from '../../sim/index';
import { liveCtx, NODE_IP, type Ctx } from '../../sim/k8s/state';
import { CliError, type RunContext } from '../command';
import { configPath, currentTarget, readConfig, type Target } from './kubeconfig';
import { LOCALHOST, offlineOutput, Unreachable } from './offline';

export interface KubectlEnv {
  readonly eng: Engine;
  /** `minikube kubectl` runs the cluster's own client version. */
  readonly clientVersion?: string;
}

export type KubectlRun = RunContext<KubectlEnv>;

export const MINIKUBE_SERVER = `https://${NODE_IP}:8443`;

function flagString(ctx: KubectlRun, key: string): string {
  const v = ctx.globals[key];
  return typeof v === 'string' ? v : '';
}

export function target(ctx: KubectlRun): Target {
  const cfg = readConfig(ctx.io.fs, configPath(ctx.io.env, flagString(ctx, 'kubeconfig')));
  return currentTarget(cfg, flagString(ctx, 'context'));
}

/** The server URL kubectl would talk to. */
export function serverUrl(ctx: KubectlRun): string {
  return flagString(ctx, 'server') || target(ctx).server || LOCALHOST;
}

/** The live cluster, or kubectl's connection failure for this command (exit 1). */
export function cluster(ctx: KubectlRun, opts: { file?: string } = {}): Ctx {
  const server = serverUrl(ctx);
  const live = liveCtx(ctx.env.eng);
  if (server === MINIKUBE_SERVER && live) return live;
  const u = new Unreachable(server, server === MINIKUBE_SERVER ? 'no-route' : 'refused');
  const out = offlineOutput(ctx.env.eng, ctx.node.path, u, { namespace: namespace(ctx), ...opts });
  if (out.stdout) ctx.out(out.stdout);
  throw new CliError(out.stderr.replace(/\n$/, ''), 1);
}

/** -n, else the context's namespace, else default. */
export function namespace(ctx: KubectlRun): string {
  return flagString(ctx, 'namespace') || target(ctx).namespace;
}

/** Whether -n/--namespace was given explicitly. */
export function namespaceFlagged(ctx: KubectlRun): boolean {
  return flagString(ctx, 'namespace') !== '';
}
