/**
 * What minikube's verbs share: the session's engine, the profile checks every command makes
 * (`🤷  Profile "minikube" not found…` exit 85, host not running exit 83), and the files minikube
 * keeps in the learner's home (~/.minikube, the kubeconfig entries).
 */
import type { Engine } from '../../sim/index';
import { hostOf } from '../../sim/index';
import { minikubeOf, PROFILE, type MinikubeState } from '../../sim/k8s/state';
import { CliError, type RunContext } from '../command';
import { configPath, readConfig } from '../kubectl/kubeconfig';

export interface MinikubeEnv {
  readonly eng: Engine;
}

export type MinikubeRun = RunContext<MinikubeEnv>;

export const NOT_FOUND = `🤷  Profile "${PROFILE}" not found. Run "minikube profile list" to view all profiles.\n👉  To start a cluster, run: "minikube start"`;

export function home(ctx: MinikubeRun): string {
  return ctx.io.env['HOME'] ?? '/home/learner';
}

export function profile(ctx: MinikubeRun): MinikubeState {
  const p = minikubeOf(ctx.env.eng);
  if (!p) throw new CliError(NOT_FOUND, 85);
  return p;
}

export type HostState = 'Running' | 'Stopped' | 'Nonexistent';

export function hostState(ctx: MinikubeRun, p: MinikubeState): HostState {
  const c = hostOf(ctx.env.eng).containers[p.nodeContainer];
  if (!c) return 'Nonexistent';
  return c.state.Running ? 'Running' : 'Stopped';
}

/** The profile, running; otherwise minikube's "host is not running" error (exit 83). */
export function running(ctx: MinikubeRun): MinikubeState {
  const p = profile(ctx);
  const state = hostState(ctx, p);
  if (state !== 'Running') throw new CliError(`🤷  The control-plane node ${PROFILE} host is not running: state=${state}\n👉  To start a cluster, run: "minikube start"`, 83);
  return p;
}

export function kubeconfigConfigured(ctx: MinikubeRun): boolean {
  const cfg = readConfig(ctx.io.fs, configPath(ctx.io.env));
  return !!cfg.contexts?.some((c) => c.name === PROFILE);
}

/** Go's time.RFC1123 in UTC (`Thu, 15 Jan 2026 09:00:42 UTC`), as kubeconfig's last-update. */
export function rfc1123(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC`;
}
