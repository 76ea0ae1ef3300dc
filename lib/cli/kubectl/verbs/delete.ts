/**
 * kubectl delete: by TYPE NAME / TYPE/NAME, -l, --all, or -f; `pod "x" deleted`; waits until the
 * objects are gone (pods terminate gracefully) unless --wait=false; --force --grace-period=0.
 */
import { deleteResource } from '../../../sim/k8s/api/delete';
import { K8sError } from '../../../sim/k8s/errors';
import { matches, parseSelector } from '../../../sim/k8s/selector';
import { listObjects } from '../../../sim/k8s/store';
import { CliError, StatusError } from '../../command';
import { cluster, namespace } from '../env';
import { kubeErrorText } from '../errors';
import { noResources } from '../fetch';
import { applyFiles } from '../manifests-run';
import { deleteFlags, deleteHelp } from '../specs/delete';
import { checkForms, NO_RESOURCES, parseTargets } from '../targets';
import { waitGone } from '../wait-gone';
import { dryRunOf } from '../write';
import { fromHelp, kubectlCommand } from './define';

const IMMEDIATE = 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';

export const del = kubectlCommand({
  ...fromHelp(deleteHelp),
  flags: deleteFlags,
  run(ctx, opts, args) {
    const grace = opts.now ? 1 : opts.force && opts.gracePeriod < 0 ? 0 : opts.gracePeriod;
    if (opts.filename.length > 0) {
      if (grace === 0) ctx.err(IMMEDIATE);
      return applyFiles(ctx, opts.filename, { mode: 'delete', output: opts.output, dryRun: opts.dryRun, recursive: opts.recursive, ignoreNotFound: opts.ignoreNotFound, grace, wait: opts.wait });
    }
    if (args.length === 0) throw new CliError(NO_RESOURCES, 1);
    checkForms(args);
    const k = cluster(ctx);
    const targets = parseTargets(args);
    const selecting = opts.all || opts.selector !== '';
    if (selecting && targets.some((t) => t.names.length > 0)) throw new CliError('error: name cannot be provided when a selector is specified', 1);
    if (!selecting && targets.every((t) => t.names.length === 0)) throw new CliError('error: resource(s) were provided, but no name was specified', 1);
    const dry = dryRunOf(opts.dryRun);
    const ns = opts.allNamespaces ? undefined : namespace(ctx);
    const reqs = parseSelector(opts.selector);
    if (grace === 0) ctx.err(IMMEDIATE);
    const errors: string[] = [];
    const gone: Array<() => boolean> = [];
    let count = 0;
    for (const target of targets) {
      const t = target.type;
      const names = target.names.length ? target.names.map((n) => ({ name: n, ns })) : listObjects(k, t, t.namespaced ? ns : undefined).filter((o) => matches(reqs, o.metadata.labels)).map((o) => ({ name: o.metadata.name, ns: o.metadata.namespace }));
      for (const { name, ns: objNs } of names) {
        try {
          deleteResource(k, t, t.namespaced ? objNs : undefined, name, { ...(grace >= 0 ? { grace } : {}), cascade: opts.cascade as 'background', dryRun: dry !== 'none' });
        } catch (e) {
          if (e instanceof K8sError && e.reason === 'NotFound' && opts.ignoreNotFound) continue;
          if (e instanceof K8sError) {
            errors.push(kubeErrorText(e));
            continue;
          }
          throw e;
        }
        count++;
        const suffix = dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : '';
        ctx.out(opts.output === 'name' ? `${t.singular}${t.group ? '.' + t.group : ''}/${name}\n` : `${t.singular}${t.group ? '.' + t.group : ''} "${name}" ${grace === 0 && opts.force ? 'force deleted' : 'deleted'}${suffix}\n`);
        if (dry === 'none') gone.push(() => listObjects(k, t, t.namespaced ? objNs : undefined).some((o) => o.metadata.name === name));
      }
    }
    if (count === 0 && errors.length === 0) ctx.err(noResources(ns ?? null, targets.some((t) => t.type.namespaced)));
    if (opts.wait && gone.length > 0) waitGone(ctx, () => gone.some((f) => f()));
    for (const e of errors) ctx.err(e + '\n');
    if (errors.length > 0) throw new StatusError(1);
    return 0;
  },
});
