/**
 * create -f / apply -f / delete -f: every object of every file in order, one line each
 * (`deployment.apps/web created`, `… configured`, `… unchanged`, `deployment.apps "web" deleted`),
 * errors collected and printed after (`Error from server (AlreadyExists): error when creating
 * "x.yaml": …`, unknown kinds, strict-decoding failures), exit 1 if any failed.
 */
import { applyResource, missingLastApplied } from '../../sim/k8s/api/apply';
import { createResource, mappingOf } from '../../sim/k8s/api/create';
import { deleteResource } from '../../sim/k8s/api/delete';
import { K8sError, NoMatchError } from '../../sim/k8s/errors';
import { groupResource } from '../../sim/k8s/resources';
import type { KObject } from '../../sim/k8s/types';
import { CliError, StatusError } from '../command';
import { cluster, namespace, namespaceFlagged, type KubectlRun } from './env';
import { kubeErrorText, withSource } from './errors';
import { readManifests } from './manifests';
import { parseOutput, renderObjects, nameOf } from './printers/output';
import { dryRunOf } from './write';
import { waitGone } from './wait-gone';

export interface FileRun {
  mode: 'create' | 'apply' | 'delete';
  output: string;
  dryRun: string;
  recursive: boolean;
  ignoreNotFound?: boolean;
  grace?: number;
  wait?: boolean;
}

function errorText(e: unknown, obj: KObject, source: string, ns: string): string {
  if (e instanceof NoMatchError) return `error: resource mapping not found for name: "${obj.metadata?.name ?? ''}" namespace: "${obj.metadata?.namespace ?? ''}" from "${source}": ${e.message}\nensure CRDs are installed first`;
  if (e instanceof K8sError) return kubeErrorText(e);
  if (e instanceof CliError) return e.message;
  void ns;
  throw e;
}

export function applyFiles(ctx: KubectlRun, filenames: readonly string[], o: FileRun): number {
  const first = filenames[0] === '-' ? 'STDIN' : filenames[0];
  const k = cluster(ctx, { ...(first ? { file: first } : {}) });
  const manifests = readManifests(ctx, filenames, o.recursive, o.mode);
  const dry = dryRunOf(o.dryRun);
  const mode = parseOutput(o.output, '', 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml');
  const ns = namespace(ctx);
  const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
  const errors: string[] = [];
  const printed: KObject[] = [];
  const deleted: Array<() => boolean> = [];
  for (const { source, obj } of manifests) {
    const objNs = obj.metadata?.namespace;
    if (objNs && namespaceFlagged(ctx) && objNs !== ns) {
      throw new CliError(`error: the namespace from the provided object "${objNs}" does not match the namespace "${ns}". You must pass '--namespace=${objNs}' to perform this operation.`, 1);
    }
    try {
      if (o.mode === 'delete') {
        const t = mappingOf(obj);
        const objNamespace = t.namespaced ? (objNs ?? ns) : undefined;
        try {
          deleteResource(k, t, objNamespace, obj.metadata.name, { ...(o.grace !== undefined && o.grace >= 0 ? { grace: o.grace } : {}), dryRun: dry !== 'none' });
        } catch (e) {
          if (e instanceof K8sError && e.reason === 'NotFound' && o.ignoreNotFound) continue;
          throw withSource(e, 'deleting', source);
        }
        ctx.out(`${t.singular}${t.group ? '.' + t.group : ''} "${obj.metadata.name}" deleted${suffix}\n`);
        if ((t.kind === 'Pod' || t.kind === 'Namespace') && dry === 'none') deleted.push(() => !!k.cluster.objects[groupResource(t)]?.[t.namespaced ? `${objNamespace}/${obj.metadata.name}` : obj.metadata.name]);
        continue;
      }
      if (dry === 'client') {
        mappingOf(obj);
        if (mode.kind === 'table') ctx.out(`${nameOf(obj)} ${o.mode === 'apply' ? 'created' : 'created'}${suffix}\n`);
        else printed.push(obj);
        continue;
      }
      if (o.mode === 'create') {
        let stored: KObject;
        try {
          stored = createResource(k, obj, ns, { dryRun: dry === 'server' }).obj;
        } catch (e) {
          throw withSource(e, 'creating', source);
        }
        if (mode.kind === 'table') ctx.out(`${nameOf(stored)} created${suffix}\n`);
        else printed.push(stored);
      } else {
        let r;
        const t0 = mappingOf(obj);
        const live = k.cluster.objects[groupResource(t0)]?.[`${t0.namespaced ? (objNs ?? ns) + '/' : ''}${obj.metadata.name}`];
        if (live && missingLastApplied(live))
          ctx.err(`Warning: resource ${t0.name}/${obj.metadata.name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`);
        try {
          r = applyResource(k, obj, ns, { dryRun: dry === 'server' });
        } catch (e) {
          const exists = e instanceof K8sError && e.reason === 'BadRequest' && k.cluster.objects[groupResource(mappingOf(obj))]?.[`${mappingOf(obj).namespaced ? (objNs ?? ns) + '/' : ''}${obj.metadata.name}`];
          throw withSource(e, exists ? 'patching' : 'creating', source);
        }
        if (mode.kind === 'table') ctx.out(`${nameOf(r.obj)} ${r.outcome}${suffix}\n`);
        else printed.push(r.obj);
      }
    } catch (e) {
      errors.push(errorText(e, obj, source, ns));
    }
  }
  if (printed.length > 0) ctx.out(renderObjects(printed, mode, { single: printed.length === 1, typed: dry === 'client' }));
  if (o.wait !== false && deleted.length > 0) waitGone(ctx, () => deleted.some((f) => f()));
  for (const e of errors) ctx.err(e + '\n');
  if (errors.length > 0) throw new StatusError(1);
  return 0;
}
