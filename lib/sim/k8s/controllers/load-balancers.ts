/**
 * What `minikube tunnel` provides: LoadBalancer services get an external IP (their ClusterIP, as
 * the docker driver's tunnel routes 10.96.0.0/12 to the node); without it they stay <pending>.
 */
import { listObjects, touch } from '../store';
import type { Ctx } from '../state';
import type { Service } from '../types';

export function syncLoadBalancers(ctx: Ctx): boolean {
  let changed = false;
  for (const s of listObjects<Service>(ctx, 'services')) {
    if (s.spec.type !== 'LoadBalancer') continue;
    const want = ctx.profile.tunnel ? [{ ip: s.spec.clusterIP }] : undefined;
    const have = s.status?.loadBalancer?.ingress;
    if (JSON.stringify(want) === JSON.stringify(have)) continue;
    s.status = { loadBalancer: want ? { ingress: want } : {} };
    touch(ctx, s);
    changed = true;
  }
  return changed;
}
