/**
 * kubectl expose (deployment | replicaset | pod | service | replicationcontroller) NAME: a Service
 * selecting the object's pods, ports from --port or the containers' ports, labels copied from
 * the object; `service/NAME exposed`.
 */
import { getObject } from '../../../sim/k8s/store';
import { notFound } from '../../../sim/k8s/errors';
import { groupResource } from '../../../sim/k8s/resources';
import type { KObject, LabelSelector, PodSpec, Service } from '../../../sim/k8s/types';
import { CliError } from '../../command';
import { cluster, namespace } from '../env';
import { serviceObject, type ServicePortInput } from '../generators/simple';
import { exposeFlags, exposeHelp } from '../specs/expose';
import { NO_RESOURCES, singleTarget } from '../targets';
import { sendObject } from '../write';
import { fromHelp, kubectlCommand } from './define';

const EXPOSABLE = ['Deployment', 'ReplicaSet', 'Pod', 'Service', 'ReplicationController'];

function selectorOf(o: KObject): Record<string, string> {
  if (o.kind === 'Pod') return { ...(o.metadata.labels ?? {}) };
  if (o.kind === 'Service') return { ...((o as Service).spec.selector ?? {}) };
  const sel = (o['spec'] as { selector?: LabelSelector & Record<string, string> }).selector;
  if (o.kind === 'ReplicationController') return { ...(sel as Record<string, string>) };
  if (sel?.matchExpressions?.length) throw new CliError(`error: couldn't retrieve selectors via --selector flag or introspection: ${o.kind.toLowerCase()}s.apps "${o.metadata.name}" has match expressions`, 1);
  return { ...(sel?.matchLabels ?? {}) };
}

function portsOf(o: KObject): Array<{ port: number; protocol: string }> {
  if (o.kind === 'Service') return ((o as Service).spec.ports ?? []).map((p) => ({ port: p.port, protocol: p.protocol }));
  const spec: PodSpec | undefined = o.kind === 'Pod' ? (o['spec'] as PodSpec) : (o['spec'] as { template?: { spec?: PodSpec } }).template?.spec;
  return (spec?.containers ?? []).flatMap((c) => (c.ports ?? []).map((p) => ({ port: p.containerPort, protocol: p.protocol ?? 'TCP' })));
}

export const expose = kubectlCommand({
  ...fromHelp(exposeHelp),
  flags: exposeFlags,
  run(ctx, opts, args) {
    if (args.length === 0 && opts.filename.length === 0) throw new CliError(NO_RESOURCES, 1);
    const k = cluster(ctx);
    const target = singleTarget(args);
    if (!target) throw new CliError(NO_RESOURCES, 1);
    const ns = namespace(ctx);
    if (!EXPOSABLE.includes(target.type.kind)) throw new CliError(`error: cannot expose a ${target.type.kind}`, 1);
    const obj = getObject(k, target.type, ns, target.name);
    if (!obj) throw notFound(groupResource(target.type), target.name);
    const selector = opts.selector ? Object.fromEntries(opts.selector.split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)])) : selectorOf(obj);
    if (Object.keys(selector).length === 0) throw new CliError("error: couldn't retrieve selectors via --selector flag or introspection\nSee 'kubectl expose -h' for help and examples", 1);
    let ports: ServicePortInput[];
    const protocol = opts.protocol || undefined;
    if (opts.port) {
      const port = Number(opts.port);
      const target = opts.targetPort ? (/^\d+$/.test(opts.targetPort) ? Number(opts.targetPort) : opts.targetPort) : port;
      ports = [{ port, targetPort: target, protocol: protocol ?? portsOf(obj)[0]?.protocol ?? 'TCP' }];
    } else {
      const found = portsOf(obj);
      if (found.length === 0) throw new CliError("error: couldn't find port via --port flag or introspection\nSee 'kubectl expose -h' for help and examples", 1);
      ports = found.map((p, i) => ({
        ...(found.length > 1 ? { name: `port-${i + 1}` } : {}),
        port: p.port,
        targetPort: opts.targetPort ? (/^\d+$/.test(opts.targetPort) ? Number(opts.targetPort) : opts.targetPort) : p.port,
        protocol: protocol ?? p.protocol,
      }));
    }
    const labels = opts.labels ? Object.fromEntries(opts.labels.split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)])) : obj.metadata.labels;
    const svc = serviceObject({
      name: opts.name || obj.metadata.name,
      ...(labels ? { labels: { ...labels } } : {}),
      ports,
      selector,
      ...(opts.type ? { type: opts.type } : {}),
      ...(opts.clusterIp ? { clusterIP: opts.clusterIp } : {}),
      ...(opts.externalIp ? { externalIPs: [opts.externalIp] } : {}),
    });
    sendObject(ctx, svc, { output: opts.output, dryRun: opts.dryRun, verb: 'exposed' });
    return 0;
  },
});
