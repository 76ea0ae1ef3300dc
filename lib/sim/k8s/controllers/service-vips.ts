/**
 * kube-proxy's part: each Service with a ClusterIP gets a virtual endpoint on the node's pod network
 * (a `/pause --service ns/name` process holding the ClusterIP, with the Service's DNS names as
 * aliases: `my-app`, `my-app.default`, `my-app.default.svc`, `my-app.default.svc.cluster.local`),
 * which forwards connections to ready pods. Removed with the Service.
 */
import { hostOf } from '../../core/engine';
import { createContainer } from '../../containers/create';
import { removeContainer } from '../../containers/manage';
import { startContainer } from '../../containers/start';
import { PAUSE_REF } from '../images';
import { POD_NETWORK } from '../kubelet/runtime';
import { listObjects } from '../store';
import type { Ctx } from '../state';
import type { Service } from '../types';

const LABEL = 'io.kubernetes.service';

function wanted(ctx: Ctx): Map<string, Service> {
  const out = new Map<string, Service>();
  for (const s of listObjects<Service>(ctx, 'services')) {
    if (!s.spec.clusterIP || s.spec.clusterIP === 'None' || !s.spec.selector) continue;
    out.set(`${s.metadata.namespace}/${s.metadata.name}`, s);
  }
  return out;
}

export function syncServiceVips(ctx: Ctx): boolean {
  const host = hostOf(ctx.node);
  const want = wanted(ctx);
  let changed = false;
  const have = new Map<string, string>();
  for (const c of Object.values(host.containers)) {
    const key = c.config.Labels[LABEL];
    if (!key) continue;
    const svc = want.get(key);
    if (!svc || c.networks[POD_NETWORK]?.ipAddress !== svc.spec.clusterIP) {
      removeContainer(ctx.node, c.id, { force: true });
      changed = true;
    } else have.set(key, c.id);
  }
  for (const [key, svc] of want) {
    const existing = have.get(key);
    if (existing) {
      if (!host.containers[existing]!.state.Running) startContainer(ctx.node, existing);
      continue;
    }
    const ns = svc.metadata.namespace ?? 'default';
    const name = svc.metadata.name;
    const { container } = createContainer(ctx.node, {
      name: `k8s_svc_${name}_${ns}_${svc.metadata.uid}`,
      config: { Image: PAUSE_REF, Cmd: ['--service', key], Labels: { [LABEL]: key } },
      hostConfig: { NetworkMode: POD_NETWORK },
      endpoints: { [POD_NETWORK]: { ipv4Address: svc.spec.clusterIP, aliases: [name, `${name}.${ns}`, `${name}.${ns}.svc`, `${name}.${ns}.svc.cluster.local`] } },
    });
    startContainer(ctx.node, container.id);
    changed = true;
  }
  return changed;
}
