/**
 * kubectl logs (POD | TYPE/NAME) [-c] [--tail] [-p] [--timestamps] [-f] [-l]: the container's
 * output from the node's runtime, for its current (or previous) run; -f prints then holds the
 * terminal until Ctrl+C.
 */
import { readLogs, rfc3339Nano } from '../../../sim/index';
import { K8sError } from '../../../sim/k8s/errors';
import { matches, parseSelector } from '../../../sim/k8s/selector';
import { listObjects } from '../../../sim/k8s/store';
import type { Ctx } from '../../../sim/k8s/state';
import type { Pod } from '../../../sim/k8s/types';
import { CliError } from '../../command';
import { cluster, namespace } from '../env';
import { engineContainerOf } from '../pod-wait';
import { pickContainer, pickPod } from '../pod-pick';
import { logsFlags, logsHelp } from '../specs/logs';
import { fromHelp, kubectlCommand } from './define';

const USAGE = "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples";

function waitingReason(pod: Pod, container: string): string | null {
  const s = pod.status?.containerStatuses?.find((c) => c.name === container);
  const w = s?.state.waiting;
  if (!w || s?.lastState?.terminated) return null;
  const why = w.reason === 'ErrImagePull' || w.reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : w.reason;
  return `container "${container}" in pod "${pod.metadata.name}" is waiting to start: ${why}`;
}

function podLogs(k: Ctx, pod: Pod, container: string, o: { previous: boolean; tail: number; timestamps: boolean; prefix: boolean; sinceMs: number }): string {
  const c = engineContainerOf(k, pod, container);
  const rt = k.cluster.pods[pod.metadata.uid];
  if (o.previous) {
    const prev = rt?.prevRun?.[container];
    if (!prev) throw new K8sError('BadRequest', `previous terminated container "${container}" in pod "${pod.metadata.name}" not found`);
  }
  if (!c) {
    const why = waitingReason(pod, container);
    if (why) throw new K8sError('BadRequest', why);
    return '';
  }
  const range = o.previous ? rt!.prevRun![container]! : [rt?.runStart?.[container] ?? 0, Infinity];
  const since = Math.max(range[0]!, o.sinceMs > 0 ? k.now() - o.sinceMs : 0);
  let lines = readLogs(k.node, c, { since, ...(range[1] !== Infinity ? { until: range[1]! + 1 } : {}) });
  if (o.tail >= 0) lines = o.tail === 0 ? [] : lines.slice(-o.tail);
  const prefix = o.prefix ? `[pod/${pod.metadata.name}/${container}] ` : '';
  return lines.map((l) => `${prefix}${o.timestamps ? rfc3339Nano(l.t) + ' ' : ''}${l.text}\n`).join('');
}

export const logs = kubectlCommand({
  ...fromHelp(logsHelp),
  flags: logsFlags,
  run(ctx, opts, args) {
    if (args.length === 0 && !opts.selector) throw new CliError(USAGE, 1);
    const k = cluster(ctx);
    const ns = namespace(ctx);
    const common = { previous: opts.previous, timestamps: opts.timestamps, sinceMs: opts.since / 1e6 };
    if (opts.selector) {
      const reqs = parseSelector(opts.selector);
      const pods = listObjects<Pod>(k, 'pods', ns).filter((p) => matches(reqs, p.metadata.labels));
      for (const p of pods) ctx.out(podLogs(k, p, pickContainer(p, opts.container, () => undefined), { ...common, tail: opts.tail < 0 ? 10 : opts.tail, prefix: opts.prefix }));
    } else {
      const { pod, among } = pickPod(k, ns, args[0]!);
      if (among > 1) ctx.err(`Found ${among} pods, using pod/${pod.metadata.name}\n`);
      const containers = opts.allContainers ? pod.spec.containers.map((c) => c.name) : [pickContainer(pod, opts.container || (args[1] ?? ''), (t) => ctx.err(t))];
      for (const c of containers) ctx.out(podLogs(k, pod, c, { ...common, tail: opts.tail, prefix: opts.prefix || opts.allContainers }));
    }
    if (opts.follow) ctx.io.shell.attach(() => ({ output: '', exitCode: 130 }));
    return 0;
  },
});
