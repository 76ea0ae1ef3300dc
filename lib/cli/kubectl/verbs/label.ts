/**
 * kubectl label / annotate (TYPE NAME | TYPE/NAME | -l | --all) KEY=VAL… KEY-: `pod/x labeled`,
 * `… unlabeled`, `… annotated`; refusing to change an existing value without --overwrite.
 */
import { setMeta } from '../../../sim/k8s/api/update';
import { notFound } from '../../../sim/k8s/errors';
import { groupResource } from '../../../sim/k8s/resources';
import { matches, parseSelector } from '../../../sim/k8s/selector';
import { getObject, listObjects } from '../../../sim/k8s/store';
import type { KObject } from '../../../sim/k8s/types';
import { CliError } from '../../command';
import { cluster, namespace, type KubectlRun } from '../env';
import { nameOf } from '../printers/output';
import { annotateFlags, annotateHelp } from '../specs/annotate';
import { labelFlags, labelHelp } from '../specs/label';
import { NO_RESOURCES, parseTargets } from '../targets';
import { fromHelp, kubectlCommand } from './define';

const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

interface Opts {
  overwrite: boolean;
  all: boolean;
  selector: string;
  list: boolean;
  dryRun: string;
}

function update(ctx: KubectlRun, kind: 'label' | 'annotation', opts: Opts, args: readonly string[]): number {
  const edits = args.filter((a) => a.includes('=') || a.endsWith('-'));
  const resources = args.filter((a) => !edits.includes(a));
  if (resources.length === 0) throw new CliError(NO_RESOURCES, 1);
  const sets = edits.filter((e) => e.includes('=')).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, string]);
  const removes = edits.filter((e) => !e.includes('=')).map((e) => e.slice(0, -1));
  if (sets.length === 0 && removes.length === 0 && !opts.list) throw new CliError(`error: at least one ${kind} update is required`, 1);
  if (sets.some(([k]) => removes.includes(k))) throw new CliError(`error: can not both modify and remove ${kind === 'label' ? 'a label' : 'an annotation'} in the same command`, 1);
  if (kind === 'label') for (const [, v] of sets) if (!VALUE.test(v) || v.length > 63) throw new CliError(`error: invalid label value: "${sets.find(([, x]) => x === v)![0]}=${v}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`, 1);
  const k = cluster(ctx);
  const ns = namespace(ctx);
  const reqs = parseSelector(opts.selector);
  const objs: KObject[] = [];
  for (const t of parseTargets(resources)) {
    if (t.names.length === 0) {
      if (!opts.all && !opts.selector) throw new CliError('error: resource(s) were provided, but no name was specified', 1);
      objs.push(...listObjects(k, t.type, t.type.namespaced ? ns : undefined).filter((o) => matches(reqs, o.metadata.labels)));
    } else
      for (const n of t.names) {
        const o = getObject(k, t.type, t.type.namespaced ? ns : undefined, n);
        if (!o) throw notFound(groupResource(t.type), n);
        objs.push(o);
      }
  }
  const field = kind === 'label' ? 'labels' : 'annotations';
  for (const o of objs) {
    const cur = { ...(o.metadata[field] ?? {}) };
    if (opts.list) {
      ctx.out(Object.keys(cur).sort().map((key) => `${key}=${cur[key]}\n`).join(''));
      continue;
    }
    for (const [key, v] of sets) if (!opts.overwrite && key in cur && cur[key] !== v) throw new CliError(`error: '${key}' already has a value (${cur[key]}), and --overwrite is false`, 1);
    const before = JSON.stringify(cur);
    for (const [key, v] of sets) cur[key] = v;
    for (const key of removes) delete cur[key];
    const changed = before !== JSON.stringify(cur);
    if (changed && opts.dryRun === 'none') setMeta(k, o, field, cur);
    const word = kind === 'label' ? (sets.length === 0 && removes.length > 0 ? 'unlabeled' : 'labeled') : 'annotated';
    ctx.out(`${nameOf(o)} ${changed ? word : `not ${word}`}${opts.dryRun === 'client' ? ' (dry run)' : opts.dryRun === 'server' ? ' (server dry run)' : ''}\n`);
  }
  return 0;
}

export const label = kubectlCommand({
  ...fromHelp(labelHelp),
  flags: labelFlags,
  run: (ctx, opts, args) => update(ctx, 'label', opts, args),
});

export const annotate = kubectlCommand({
  ...fromHelp(annotateHelp),
  flags: annotateFlags,
  run: (ctx, opts, args) => update(ctx, 'annotation', opts, args),
});
