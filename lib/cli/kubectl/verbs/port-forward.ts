/**
 * kubectl port-forward TYPE/NAME [LOCAL:]REMOTE…: prints kubectl's `Forwarding from…` lines and
 * holds the terminal until Ctrl+C. The simulator has one terminal, so nothing else can run while
 * it forwards; use `minikube service --url` or `kubectl exec … -- curl` to reach a pod instead.
 */
import { CliError } from '../../command';
import { cluster, namespace } from '../env';
import { pickPod } from '../pod-pick';
import { portForwardFlags, portForwardHelp } from '../specs/port-forward';
import { fromHelp, kubectlCommand } from './define';

const USAGE = "error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples";

export const portForward = kubectlCommand({
  ...fromHelp(portForwardHelp),
  flags: portForwardFlags,
  run(ctx, opts, args) {
    if (args.length < 2) throw new CliError(USAGE, 1);
    const k = cluster(ctx);
    const { pod } = pickPod(k, namespace(ctx), args[0]!);
    if (pod.status?.phase !== 'Running') throw new CliError(`error: unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}`, 1);
    let out = '';
    for (const spec of args.slice(1)) {
      const [local, remote] = spec.includes(':') ? spec.split(':') : [spec, spec];
      if (!/^\d*$/.test(local ?? '') || !/^\d+$/.test(remote ?? '')) throw new CliError(`error: Error parsing local port '${local}': strconv.ParseUint: parsing "${local}": invalid syntax`, 1);
      const l = local || String(40000 + (k.eng.world.seq % 20000));
      for (const a of opts.address) {
        if (a === 'localhost') out += `Forwarding from 127.0.0.1:${l} -> ${remote}\nForwarding from [::1]:${l} -> ${remote}\n`;
        else out += `Forwarding from ${a}:${l} -> ${remote}\n`;
      }
    }
    ctx.out(out);
    ctx.io.shell.attach(() => ({ output: '', exitCode: 130 }));
    return 0;
  },
});
