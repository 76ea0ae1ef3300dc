/** kubectl set image (TYPE NAME | TYPE/NAME) CONTAINER=IMAGE…: `deployment.apps/x image updated`. */
import { setImages } from '../../../sim/k8s/api/update';
import { notFound } from '../../../sim/k8s/errors';
import { groupResource } from '../../../sim/k8s/resources';
import { getObject } from '../../../sim/k8s/store';
import { CliError } from '../../command';
import { cluster, namespace } from '../env';
import { nameOf } from '../printers/output';
import { setHelp } from '../specs/set';
import { setImageFlags, setImageHelp } from '../specs/set-image';
import { MIXED_FORMS, resolveType } from '../targets';
import { fromHelp, kubectlCommand } from './define';
import { K8sError } from '../../../sim/k8s/errors';

export const set = kubectlCommand({ ...fromHelp(setHelp), group: true });

export const setImage = kubectlCommand({
  ...fromHelp(setImageHelp),
  at: [{ parent: 'set' }],
  flags: setImageFlags,
  run(ctx, opts, args) {
    const pairs = args.filter((a) => a.includes('='));
    const res = args.filter((a) => !a.includes('='));
    if (res.some((r) => r.includes('/')) && res.some((r) => !r.includes('/'))) throw new CliError(MIXED_FORMS, 1);
    const k = cluster(ctx);
    if (res.length === 0) throw new CliError("error: one or more resources must be specified as <resource> <name> or <resource>/<name>\nSee 'kubectl set image -h' for help and examples", 1);
    if (pairs.length === 0) throw new CliError("error: at least one image update is required\nSee 'kubectl set image -h' for help and examples", 1);
    const [typeWord, name] = res.length === 1 ? [res[0]!.slice(0, res[0]!.indexOf('/')), res[0]!.slice(res[0]!.indexOf('/') + 1)] : [res[0]!, res[1]!];
    const t = resolveType(typeWord);
    const obj = getObject(k, t, namespace(ctx), name ?? '');
    if (!obj) throw notFound(groupResource(t), name ?? '');
    const images = pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as [string, string]);
    try {
      if (setImages(k, obj, images)) ctx.out(`${nameOf(obj)} image updated\n`);
    } catch (e) {
      if (e instanceof K8sError && e.reason === 'NotFound') throw new CliError(`error: ${e.message}`, 1);
      throw e;
    }
    return 0;
  },
});
