/**
 * kubectl get: tables per type (kind-prefixed names when several types or `all`), -o wide / yaml /
 * json / name / jsonpath / custom-columns / go-template, -l, -n, -A, --show-labels, -L,
 * --sort-by, --no-headers, --ignore-not-found, and -w (print, then hold the terminal until Ctrl+C).
 */
import { CliError, StatusError } from '../../command';
import type { KObject } from '../../../sim/k8s/types';
import { cluster, namespace } from '../env';
import { fetchTargets, noResources } from '../fetch';
import { jsonPath } from '../printers/jsonpath';
import { parseOutput, renderObjects } from '../printers/output';
import { getFlags, getHelp } from '../specs/get';
import { checkForms, parseTargets } from '../targets';
import { fromHelp, kubectlCommand } from './define';
import { tableFor } from './get-table';

const NO_TYPE =
  'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples';

function sortBy(objs: KObject[], field: string): KObject[] {
  const path = field.startsWith('{') ? field : `{${field}}`;
  const key = (o: KObject) => jsonPath(path, o);
  return [...objs].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    const nx = Number(x);
    const ny = Number(y);
    if (x !== '' && y !== '' && !Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

export const getVerb = kubectlCommand({
  ...fromHelp(getHelp),
  flags: getFlags,
  run(ctx, opts, args) {
    if (args.length === 0 && opts.filename.length === 0) throw new CliError(NO_TYPE, 1);
    checkForms(args);
    const k = cluster(ctx);
    const targets = parseTargets(args);
    const mode = parseOutput(opts.output, opts.template);
    const named = targets.some((t) => t.names.length > 0);
    if (opts.allNamespaces && named) throw new CliError('error: a resource cannot be retrieved by name across all namespaces', 1);
    const ns = opts.allNamespaces ? null : namespace(ctx);
    const fetched = fetchTargets(k, targets, { namespace: ns, selector: opts.selector });
    const errors = opts.ignoreNotFound ? [] : fetched.flatMap((f) => f.errors);
    const multi = targets.length > 1 || args[0]?.split(',').includes('all') === true;
    let out = '';
    if (mode.kind === 'table') {
      const parts: string[] = [];
      for (const f of fetched) {
        const objects = opts.sortBy ? sortBy(f.objects, opts.sortBy) : f.objects;
        if (objects.length === 0) continue;
        parts.push(tableFor(f, objects, { wide: mode.wide, allNamespaces: opts.allNamespaces, showKind: multi || opts.showKind, showLabels: opts.showLabels, labelColumns: opts.labelColumns, noHeaders: opts.noHeaders, now: k.now() }));
      }
      out = parts.join('\n');
      const total = fetched.reduce((n, f) => n + f.objects.length, 0);
      if (total === 0 && errors.length === 0 && !named) ctx.err(noResources(ns, targets.some((t) => t.type.namespaced)));
    } else {
      const all = fetched.flatMap((f) => (opts.sortBy ? sortBy(f.objects, opts.sortBy) : f.objects));
      const single = named && targets.length === 1 && targets[0]!.names.length === 1;
      if (all.length > 0 || !named) out = renderObjects(all, mode, { single, noHeaders: opts.noHeaders });
    }
    ctx.out(out);
    for (const e of errors) ctx.err(e + '\n');
    if (errors.length > 0) throw new StatusError(1);
    if (opts.watch || opts.watchOnly) ctx.io.shell.attach(() => ({ output: '', exitCode: 130 }));
    return 0;
  },
});
