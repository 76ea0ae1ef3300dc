/**
 * kubectl port-forward TYPE/NAME [LOCAL:]REMOTE…: listens on the host's loopback (forwarding.ts)
 * while the process lives — attached until Ctrl+C, or as a background job (`… &`) until killed —
 * and each connection reaches the pod's port. A service's port means its target port, on one of
 * its pods (as kubectl picks it); a port another listener holds fails as kubectl does.
 */
import { CliError } from '../../command';
import { cluster, namespace } from '../env';
import { openForward, portInUse } from '../forwarding';
import { pickPod } from '../pod-pick';
import { portForwardFlags, portForwardHelp } from '../specs/port-forward';
import { resolveType } from '../targets';
import { getObject } from '../../../sim/k8s/store';
import type { Pod, Service } from '../../../sim/k8s/types';
import { fromHelp, kubectlCommand } from './define';

const USAGE = "error: TYPE/NAME and list of ports are required for port-forward\nSee 'kubectl port-forward -h' for help and examples";

interface PortPair {
  local: string;
  remote: string;
}

function parsePair(spec: string): PortPair {
  const [local = '', remote = ''] = spec.includes(':') ? spec.split(':') : [spec, spec];
  if (!/^\d*$/.test(local)) throw new CliError(`error: Error parsing local port '${local}': strconv.ParseUint: parsing "${local}": invalid syntax`, 1);
  return { local, remote };
}

/** A service's port → the target port on the pod (kubectl translates before forwarding). */
function servicePort(svc: Service, pod: Pod, remote: string): string {
  const sp = (svc.spec.ports ?? []).find((p) => String(p.port) === remote || p.name === remote);
  if (!sp) throw new CliError(`error: Service ${svc.metadata.name} does not have a service port ${remote}`, 1);
  if (typeof sp.targetPort === 'number' || /^\d+$/.test(sp.targetPort)) return String(sp.targetPort);
  return containerPort(pod, sp.targetPort);
}

function containerPort(pod: Pod, remote: string): string {
  if (/^\d+$/.test(remote)) return remote;
  const named = pod.spec.containers.flatMap((c) => c.ports ?? []).find((p) => p.name === remote);
  if (!named) throw new CliError(`error: Pod '${pod.metadata.name}' does not have a named port '${remote}'`, 1);
  return String(named.containerPort);
}

const listenAddress = (a: string) => (a.includes(':') ? `tcp6 [${a}]` : `tcp4 ${a}`);

export const portForward = kubectlCommand({
  ...fromHelp(portForwardHelp),
  flags: portForwardFlags,
  run(ctx, opts, args) {
    if (args.length < 2) throw new CliError(USAGE, 1);
    const k = cluster(ctx);
    const ns = namespace(ctx);
    const target = args[0]!;
    const { pod } = pickPod(k, ns, target);
    const slash = target.indexOf('/');
    const svc = slash > 0 && resolveType(target.slice(0, slash)).kind === 'Service' ? getObject<Service>(k, 'services', ns, target.slice(slash + 1)) : undefined;
    const pairs = args.slice(1).map(parsePair).map((p) => ({ ...p, remote: svc ? servicePort(svc, pod, p.remote) : containerPort(pod, p.remote) }));
    if (pod.status?.phase !== 'Running') throw new CliError(`error: unable to forward port because pod is not running. Current status=${pod.status?.phase ?? 'Pending'}`, 1);
    const addresses = opts.address.flatMap((a) => (a === 'localhost' ? ['127.0.0.1', '::1'] : [a]));
    const print = ctx.io.shell.print?.bind(ctx.io.shell) ?? (() => {});
    const stops: Array<() => void> = [];
    const sandbox = Object.values(k.cluster.pods[pod.metadata.uid]?.containers ?? {})[0] ?? pod.metadata.uid;
    // The pod side failed: the process prints why and ends (its listeners go with it).
    const lost = (text: string) => {
      print(text);
      for (const stop of stops.splice(0)) stop();
      ctx.io.shell.exited?.(1);
    };
    for (const pair of pairs) {
      const local = Number(pair.local || 40000 + (k.eng.world.seq % 20000));
      const free = addresses.filter((a) => !portInUse(k.eng, a, local));
      if (free.length === 0) {
        const errors = addresses.map((a) => `unable to create listener: Error listen ${listenAddress(a)}:${local}: bind: address already in use`);
        ctx.err(`Unable to listen on port ${local}: Listeners failed to create with the following errors: [${errors.join(' ')}]\n`);
        continue;
      }
      ctx.out(free.map((a) => `Forwarding from ${a.includes(':') ? `[${a}]` : a}:${local} -> ${pair.remote}\n`).join(''));
      stops.push(openForward(k.eng, { addresses: free, local, remote: Number(pair.remote), namespace: ns, pod: pod.metadata.name, sandbox, print, lost }));
    }
    if (stops.length === 0) throw new CliError(`error: unable to listen on any of the requested ports: [${pairs.map((p) => `{${p.local || 0} ${p.remote}}`).join(' ')}]`, 1);
    ctx.io.shell.attach(() => {
      for (const stop of stops) stop();
      return { output: '', exitCode: 130 };
    });
    return 0;
  },
});
