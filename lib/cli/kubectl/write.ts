/**
 * Sending one object to the server the way `kubectl create …` verbs do: --dry-run=client prints
 * the client's object, server dry runs and real creates go through the API; the result prints as
 * `deployment.apps/my-app created` (with ` (dry run)` / ` (server dry run)`) or per -o.
 */
import { createResource } from '../../sim/k8s/api/create';
import { reconcile } from '../../sim/k8s/reconcile';
import type { KObject } from '../../sim/k8s/types';
import { K8sError } from '../../sim/k8s/errors';
import { CliError } from '../command';
import { cluster, namespace, type KubectlRun } from './env';
import { nameOf, parseOutput, renderObjects } from './printers/output';

export type DryRun = 'none' | 'client' | 'server';

export function dryRunOf(value: string): DryRun {
  if (value === 'none' || value === 'client' || value === 'server') return value;
  throw new CliError(`error: Invalid dry-run value (${value}). Must be "none", "server", or "client".`, 1);
}

/** Print the outcome of a write (`created`, `exposed`, `scaled`…) per -o. */
export function printResult(ctx: KubectlRun, obj: KObject, verb: string, o: { output: string; dryRun: DryRun; typed: boolean }): void {
  const mode = parseOutput(o.output, '', 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml');
  if (mode.kind === 'table') {
    const suffix = o.dryRun === 'client' ? ' (dry run)' : o.dryRun === 'server' ? ' (server dry run)' : '';
    ctx.out(`${nameOf(obj)} ${verb}${suffix}\n`);
  } else ctx.out(renderObjects([obj], mode, { single: true, typed: o.typed }));
}

/** create/run/expose: send (or not) and print. */
export function sendObject(ctx: KubectlRun, obj: KObject, o: { output: string; dryRun: string; verb?: string; failure?: string }): KObject {
  const dry = dryRunOf(o.dryRun);
  if (dry === 'client') {
    printResult(ctx, obj, o.verb ?? 'created', { output: o.output, dryRun: dry, typed: true });
    return obj;
  }
  const k = cluster(ctx);
  let stored: KObject;
  try {
    stored = createResource(k, obj, namespace(ctx), { dryRun: dry === 'server' }).obj;
  } catch (e) {
    if (o.failure && e instanceof K8sError && e.reason !== 'Invalid') throw new CliError(`error: ${o.failure}${e.message}`, 1);
    throw e;
  }
  reconcile(k);
  printResult(ctx, stored, o.verb ?? 'created', { output: o.output, dryRun: dry, typed: false });
  return stored;
}
