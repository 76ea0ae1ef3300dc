/**
 * kubectl describe TYPE [NAME_PREFIX | -l label] | TYPE/NAME: the per-kind layouts (pod,
 * deployment, replicaset, service, node, namespace, configmap, secret, others generic), several
 * objects separated by blank lines, names matched by prefix when no object has that exact name.
 */
import { notFound } from '../../../sim/k8s/errors';
import { groupResource } from '../../../sim/k8s/resources';
import { matches, parseSelector } from '../../../sim/k8s/selector';
import { getObject, listObjects } from '../../../sim/k8s/store';
import type { Ctx } from '../../../sim/k8s/state';
import type { Deployment, KObject, Pod, ReplicaSet, Service } from '../../../sim/k8s/types';
import { CliError, StatusError } from '../../command';
import { cluster, namespace } from '../env';
import { kubeErrorText } from '../errors';
import { noResources } from '../fetch';
import { describeNode } from '../describe/node';
import { describeConfigish, describeGeneric, describeNamespace, describeService } from '../describe/others';
import { describePod } from '../describe/pod';
import { describeDeployment, describeReplicaSet } from '../describe/workloads';
import { describeFlags, describeHelp } from '../specs/describe';
import { checkForms, parseTargets } from '../targets';
import { fromHelp, kubectlCommand } from './define';

export function describeObject(k: Ctx, o: KObject): string {
  switch (o.kind) {
    case 'Pod': return describePod(k, o as Pod);
    case 'Deployment': return describeDeployment(k, o as Deployment);
    case 'ReplicaSet': return describeReplicaSet(k, o as ReplicaSet);
    case 'Service': return describeService(k, o as Service);
    case 'Node': return describeNode(k, o);
    case 'Namespace': return describeNamespace(k, o);
    case 'ConfigMap':
    case 'Secret': return describeConfigish(k, o);
    default: return describeGeneric(k, o);
  }
}

export const describe = kubectlCommand({
  ...fromHelp(describeHelp),
  flags: describeFlags,
  run(ctx, opts, args) {
    if (args.length === 0 && opts.filename.length === 0) throw new CliError('error: You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.', 1);
    checkForms(args);
    const k = cluster(ctx);
    const ns = opts.allNamespaces ? undefined : namespace(ctx);
    const reqs = parseSelector(opts.selector);
    const found: KObject[] = [];
    const errors: string[] = [];
    for (const t of parseTargets(args)) {
      const scope = t.type.namespaced ? ns : undefined;
      if (t.names.length === 0) {
        found.push(...listObjects(k, t.type, scope).filter((o) => matches(reqs, o.metadata.labels)));
        continue;
      }
      for (const name of t.names) {
        const exact = getObject(k, t.type, scope, name);
        const hits = exact ? [exact] : listObjects(k, t.type, scope).filter((o) => o.metadata.name.startsWith(name));
        if (hits.length === 0) errors.push(kubeErrorText(notFound(groupResource(t.type), name)));
        found.push(...hits);
      }
    }
    ctx.out(found.map((o) => describeObject(k, o)).join('\n\n'));
    if (found.length === 0 && errors.length === 0) ctx.err(noResources(ns ?? null, true));
    for (const e of errors) ctx.err(e + '\n');
    if (errors.length) throw new StatusError(1);
    return 0;
  },
});
