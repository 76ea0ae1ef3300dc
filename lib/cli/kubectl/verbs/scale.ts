/** kubectl scale --replicas=N (TYPE NAME… | TYPE/NAME… | -l | --all): `deployment.apps/x scaled`. */
import { setReplicas, scalable } from '../../../sim/k8s/api/update';
import { K8sError, notFound } from '../../../sim/k8s/errors';
import { groupResource } from '../../../sim/k8s/resources';
import { matches, parseSelector } from '../../../sim/k8s/selector';
import { getObject, listObjects } from '../../../sim/k8s/store';
import type { KObject } from '../../../sim/k8s/types';
import { CliError } from '../../command';
import { cluster, namespace } from '../env';
import { requiredFlagsLine } from '../offline';
import { nameOf } from '../printers/output';
import { scaleFlags, scaleHelp } from '../specs/scale';
import { NO_RESOURCES, parseTargets } from '../targets';
import { dryRunOf } from '../write';
import { fromHelp, kubectlCommand } from './define';

export const scale = kubectlCommand({
  ...fromHelp(scaleHelp),
  flags: scaleFlags,
  run(ctx, opts, args) {
    if (!ctx.changed('replicas')) {
      ctx.err(requiredFlagsLine(ctx.env.eng, ['replicas']));
      return 1;
    }
    if (args.length === 0 && opts.filename.length === 0) throw new CliError(NO_RESOURCES, 1);
    const k = cluster(ctx);
    if (opts.replicas < 0) throw new CliError('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0', 1);
    const ns = namespace(ctx);
    const dry = dryRunOf(opts.dryRun);
    const reqs = parseSelector(opts.selector);
    const objs: KObject[] = [];
    for (const t of parseTargets(args)) {
      if (t.names.length === 0) {
        if (!opts.all && !opts.selector) throw new CliError('error: resource(s) were provided, but no name was specified', 1);
        objs.push(...listObjects(k, t.type, ns).filter((o) => matches(reqs, o.metadata.labels)));
      } else
        for (const n of t.names) {
          const o = getObject(k, t.type, ns, n);
          if (!o) throw notFound(groupResource(t.type), n);
          objs.push(o);
        }
    }
    for (const o of objs) {
      if (!scalable(o)) throw new K8sError('NotFound', 'the server could not find the requested resource');
      const current = (o['spec'] as { replicas?: number }).replicas ?? 1;
      if (opts.currentReplicas >= 0 && opts.currentReplicas !== current) throw new CliError(`error: Expected replicas to be ${opts.currentReplicas}, was ${current}`, 1);
      if (dry === 'none') setReplicas(k, o, opts.replicas);
      ctx.out(`${nameOf(o)} scaled${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}\n`);
    }
    return 0;
  },
});
