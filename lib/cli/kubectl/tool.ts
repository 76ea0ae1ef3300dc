/**
 * The `kubectl` command of a session: one command tree (built on first use) with kubectl's global
 * flags and dialect; every invocation first lets a moment of simulated time pass (the round trip
 * and the learner reading the output), so pods make progress between two `kubectl get pods`.
 */
import type { CommandFn } from '../../shell/types';
import { advance, type Engine } from '../../sim/index';
import { installKubeHook } from '../../sim/k8s/reconcile';
import { registerKubeBehaviours } from '../../sim/k8s/behaviours';
import { CommandTree, completeWords, defineCommand, f, runTool, type Command, type Tool } from '../command';
import { dialect } from './dialect';
import type { KubectlEnv } from './env';
import { rootFlags } from './specs/root';
import { KUBECTL_VERBS } from './verbs';

/** Simulated time one kubectl command takes, including the learner's pause. */
export const COMMAND_STEP_MS = 1000;

const kubectlCommand = defineCommand<KubectlEnv>();

const root = kubectlCommand({
  use: 'kubectl',
  short: 'kubectl controls the Kubernetes cluster manager',
  persistentFlags: { ...rootFlags, help: f.bool({ short: 'h', usage: 'help for kubectl', hidden: true }) },
});

let shared: Tool<KubectlEnv> | null = null;

export function kubectlTool(): Tool<KubectlEnv> {
  if (shared) return shared;
  const tree = new CommandTree<KubectlEnv>(root, (name) => name.replaceAll('_', '-'));
  for (const v of KUBECTL_VERBS as readonly Command<KubectlEnv>[]) tree.add(v);
  shared = { tree, dialect: dialect() };
  return shared;
}

/** The shell command `kubectl` for a session whose engine is `eng`. */
export function kubectlCommandFn(eng: Engine): CommandFn {
  registerKubeBehaviours();
  installKubeHook(eng.rt);
  const env: KubectlEnv = { eng };
  const fn: CommandFn = (ctx) => {
    advance(eng, COMMAND_STEP_MS);
    return runTool(kubectlTool(), ctx.argv.slice(1), ctx, env);
  };
  fn.complete = (request, ctx) => completeWords(kubectlTool(), [...request.words.slice(1), request.current], ctx, env);
  return fn;
}
