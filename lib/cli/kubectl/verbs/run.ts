/**
 * kubectl run NAME --image=IMG: one pod (labels run=NAME), with --port, --env, --labels,
 * --restart, --command; -i/-t/--attach wait for it, then attach (a shell opens in the container,
 * a finished command prints its output), --rm deletes the pod afterwards.
 */
import { CliError } from '../../command';
import { endMainProcess, machineFor, readLogs } from '../../../sim/index';
import { deleteResource } from '../../../sim/k8s/api/delete';
import { resourceForKind } from '../../../sim/k8s/resources';
import type { Pod } from '../../../sim/k8s/types';
import { cluster, namespace, type KubectlRun } from '../env';
import { createResource } from '../../../sim/k8s/api/create';
import { getObject } from '../../../sim/k8s/store';
import type { Ctx } from '../../../sim/k8s/state';
import { podObject } from '../generators/workloads';
import { requiredFlagsLine } from '../offline';
import { engineContainerOf, waitForPod } from '../pod-wait';
import { runFlags, runHelp } from '../specs/run';
import { waitGone } from '../wait-gone';
import { sendObject } from '../write';
import { fromHelp, kubectlCommand } from './define';

function labelsOf(spec: string, name: string): Record<string, string> {
  if (!spec) return { run: name };
  const out: Record<string, string> = {};
  for (const pair of spec.split(',')) {
    const i = pair.indexOf('=');
    if (i <= 0) throw new CliError(`error: invalid label spec: ${pair}`, 1);
    out[pair.slice(0, i)] = pair.slice(i + 1);
  }
  return out;
}

function cleanup(ctx: KubectlRun, k: Ctx, ns: string, name: string): string {
  deleteResource(k, resourceForKind('v1', 'Pod')!, ns, name);
  waitGone(ctx, () => !!k.cluster.objects['pods']?.[`${ns}/${name}`]);
  return `pod "${name}" deleted\n`;
}

/** -i/-t/--attach: create, wait until it runs, then attach (or print what it already printed). */
function attachRun(ctx: KubectlRun, obj: Pod, o: { ns: string; rm: boolean; timeoutMs: number }): number {
  const k = cluster(ctx);
  const name = obj.metadata.name;
  createResource(k, obj, o.ns);
  const outcome = waitForPod(k, o.ns, name, o.timeoutMs);
  if (outcome === 'timeout') throw new CliError('error: timed out waiting for the condition', 1);
  const pod = getObject<Pod>(k, 'pods', o.ns, name)!;
  const c = engineContainerOf(k, pod);
  const resume = `Session ended, resume using 'kubectl attach ${name} -c ${pod.spec.containers[0]!.name} -i -t' command when the pod is running\n`;
  if (!c || !c.state.Running) {
    const printed = c ? readLogs(k.node, c).map((l) => l.text + '\n').join('') : '';
    const code = pod.status.containerStatuses?.[0]?.state.terminated?.exitCode ?? 0;
    ctx.out(printed + (o.rm ? cleanup(ctx, k, o.ns, name) : ''));
    if (code !== 0) ctx.err(`pod ${o.ns}/${name} terminated (Error)\n`);
    return code === 0 ? 0 : 1;
  }
  if (c.proc?.kind === 'interactive') {
    ctx.err("If you don't see a command prompt, try pressing enter.\n");
    ctx.io.shell.enter(machineFor(k.node, c), (code) => {
      endMainProcess(k.node, c.id, code);
      return o.rm ? cleanup(ctx, k, o.ns, name) : resume;
    }, { cwd: c.config.WorkingDir || '/' });
    return 0;
  }
  ctx.out(readLogs(k.node, c).map((l) => l.text + '\n').join(''));
  ctx.io.shell.attach(() => ({ output: o.rm ? cleanup(ctx, k, o.ns, name) : resume, exitCode: 130 }));
  return 0;
}

export const run = kubectlCommand({
  ...fromHelp(runHelp),
  flags: runFlags,
  run(ctx, opts, args) {
    if (!opts.image) {
      ctx.err(requiredFlagsLine(ctx.env.eng, ['image']));
      return 1;
    }
    const dash = ctx.argsLenAtDash;
    const names = dash >= 0 ? args.slice(0, dash) : args.slice(0, 1);
    const rest = dash >= 0 ? args.slice(dash) : args.slice(1);
    if (names.length === 0) throw new CliError("error: NAME is required for run\nSee 'kubectl run -h' for help and examples", 1);
    const name = names[0]!;
    if (!['Always', 'OnFailure', 'Never'].includes(opts.restart)) throw new CliError(`error: invalid restart policy: ${opts.restart}\nSee 'kubectl run -h' for help and examples`, 1);
    const attach = opts.attach || opts.stdin || opts.tty;
    if (attach && opts.dryRun !== 'none') throw new CliError("error: --dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)\nSee 'kubectl run -h' for help and examples", 1);
    if (opts.rm && !attach) throw new CliError("error: --rm should only be used for attached containers\nSee 'kubectl run -h' for help and examples", 1);
    const env = opts.env.map((e) => {
      const i = e.indexOf('=');
      if (i <= 0) throw new CliError(`error: invalid env: ${e}`, 1);
      return { name: e.slice(0, i), value: e.slice(i + 1) };
    });
    const annotations = Object.fromEntries(opts.annotations.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
    const ns = namespace(ctx);
    const obj = podObject({
      name, image: opts.image, labels: labelsOf(opts.labels, name), annotations, env, port: opts.port, args: rest, command: opts.command,
      restart: opts.restart, stdin: opts.stdin, tty: opts.tty, pullPolicy: opts.imagePullPolicy, ...(ctx.changed('namespace') ? { namespace: ns } : {}),
    });
    if (!attach) {
      sendObject(ctx, obj, { output: opts.output, dryRun: opts.dryRun });
      return 0;
    }
    return attachRun(ctx, obj as Pod, { ns, rm: opts.rm, timeoutMs: opts.podRunningTimeout / 1e6 });
  },
});
