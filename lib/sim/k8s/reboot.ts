/**
 * The node came back after `minikube stop` (or its container was recreated): every pod's
 * containers start again in new sandboxes, so RESTARTS goes up by one, control-plane pods included.
 */
import { hostOf } from '../core/engine';
import { startContainer } from '../containers/start';
import { listObjects, touch } from './store';
import type { Ctx } from './state';
import { rfc3339 } from './time';
import type { Pod } from './types';
import { statusOf } from './kubelet/status';

export function restartAfterBoot(ctx: Ctx): void {
  const now = rfc3339(ctx.now());
  const engineHost = hostOf(ctx.node);
  for (const pod of listObjects<Pod>(ctx, 'pods')) {
    const rt = ctx.cluster.pods[pod.metadata.uid];
    if (!rt || rt.stage === 'done') continue;
    for (const c of pod.spec.containers) {
      const s = statusOf(pod, c.name);
      if (!s.state.running) continue;
      s.lastState = { terminated: { exitCode: 255, reason: 'Error', startedAt: s.state.running.startedAt, finishedAt: now } };
      s.state = { running: { startedAt: now } };
      s.restartCount++;
      const id = rt.containers[c.name];
      if (id && engineHost.containers[id] && !engineHost.containers[id]!.state.Running) startContainer(ctx.node, id);
    }
    touch(ctx, pod);
  }
}
