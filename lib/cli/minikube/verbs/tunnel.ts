/**
 * minikube tunnel: routes the service network to the node and gives LoadBalancer services their
 * external IP; holds the terminal until Ctrl+C. The simulator has a single terminal, so the
 * external IPs stay assigned after Ctrl+C (until `minikube stop`) for the learner to see them.
 */
import { liveCtx } from '../../../sim/k8s/state';
import { reconcile } from '../../../sim/k8s/reconcile';
import { listObjects } from '../../../sim/k8s/store';
import type { Service } from '../../../sim/k8s/types';
import { f, noArgs } from '../../command';
import { running } from '../env';
import { minikubeCommand } from './define';

export const tunnel = minikubeCommand({
  use: 'tunnel',
  short: 'Connect to LoadBalancer services',
  args: noArgs,
  flags: { cleanup: f.bool({ short: 'c', default: true, usage: 'call with cleanup=true to remove old tunnels' }) },
  run(ctx) {
    const p = running(ctx);
    p.tunnel = true;
    const k = liveCtx(ctx.env.eng)!;
    reconcile(k);
    const services = listObjects<Service>(k, 'services').filter((s) => s.spec.type === 'LoadBalancer').map((s) => s.metadata.name);
    ctx.out(`Status:\t\n\tmachine: minikube\n\tpid: ${4000 + (ctx.env.eng.world.seq % 5000)}\n\troute: 10.96.0.0/12 -> 192.168.49.2\n\tminikube: Running\n\tservices: [${services.join(', ')}]\n    errors: \n\t\tminikube: no errors\n\t\trouter: no errors\n\t\tloadbalancer emulator: no errors\n`);
    ctx.io.shell.attach(() => ({ output: '', exitCode: 130 }));
  },
});
