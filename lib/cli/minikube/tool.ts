/**
 * The `minikube` command (v1.36.0 with the docker driver): start / stop / status / delete / ip,
 * service, kubectl, addons, dashboard, tunnel, ssh, version. cobra's wording for usage errors.
 */
import type { CommandFn } from '../../shell/types';
import type { Engine } from '../../sim/index';
import { installKubeHook } from '../../sim/k8s/reconcile';
import { registerKubeBehaviours } from '../../sim/k8s/behaviours';
import { CliError, CommandTree, completeWords, f, kubectlDialect, runTool, type Command, type Tool } from '../command';
import type { MinikubeEnv } from './env';
import { addons, addonsDisable, addonsEnable, addonsList, dashboard } from './verbs/addons';
import { minikubeCommand } from './verbs/define';
import { kubectl } from './verbs/kubectl';
import { del, ip, status, stop, version } from './verbs/lifecycle';
import { service, serviceList } from './verbs/service';
import { ssh } from './verbs/ssh';
import { start } from './verbs/start';
import { tunnel } from './verbs/tunnel';

const root = minikubeCommand({
  use: 'minikube',
  short: 'minikube quickly sets up a local Kubernetes cluster',
  long: 'minikube provisions and manages local Kubernetes clusters optimized for development workflows.',
  persistentFlags: {
    profile: f.string({ short: 'p', default: 'minikube', usage: 'The name of the minikube VM being used. This can be set to allow having multiple instances of minikube independently.' }),
    help: f.bool({ short: 'h', usage: 'help for minikube', hidden: true }),
  },
});

const VERBS: readonly Command<MinikubeEnv>[] = [start, stop, status, del, ip, service, serviceList, kubectl, addons, addonsList, addonsEnable, addonsDisable, dashboard, tunnel, ssh, version];

let shared: Tool<MinikubeEnv> | null = null;

export function minikubeTool(): Tool<MinikubeEnv> {
  if (shared) return shared;
  const tree = new CommandTree<MinikubeEnv>(root);
  for (const v of VERBS) tree.add(v);
  const base = kubectlDialect<MinikubeEnv>();
  shared = {
    tree,
    dialect: {
      ...base,
      unknownCommand: (node, word) => new CliError(`Error: unknown command "${word}" for "${node.path}"\nRun 'minikube --help' for usage.`, 1),
    },
  };
  return shared;
}

export function minikubeCommandFn(eng: Engine): CommandFn {
  registerKubeBehaviours();
  installKubeHook(eng.rt);
  const env: MinikubeEnv = { eng };
  const fn: CommandFn = (ctx) => runTool(minikubeTool(), ctx.argv.slice(1), ctx, env);
  fn.complete = (request, ctx) => completeWords(minikubeTool(), [...request.words.slice(1), request.current], ctx, env);
  return fn;
}
