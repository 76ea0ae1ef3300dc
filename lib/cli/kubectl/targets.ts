/**
 * kubectl's resource arguments: `TYPE`, `TYPE NAME…`, `TYPE1,TYPE2`, `TYPE/NAME…`, the `all`
 * category, short names and kinds (`po`, `deploy`, `Deployment`), with the client's errors for
 * unknown types and mixed forms.
 */
import { ALL_CATEGORY, lookupResource, type ResourceType } from '../../sim/k8s/resources';
import { CliError } from '../command';

export interface Target {
  type: ResourceType;
  /** Names asked for; empty = every object (of the namespace, or matching -l). */
  names: string[];
}

export const MIXED_FORMS =
  "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'";

export function resolveType(word: string): ResourceType {
  const t = lookupResource(word);
  if (!t) throw new CliError(`error: the server doesn't have a resource type "${word}"`, 1);
  return t;
}

function expandTypes(word: string): ResourceType[] {
  const out: ResourceType[] = [];
  for (const part of word.split(',').filter((p) => p !== '')) {
    if (part === 'all') out.push(...ALL_CATEGORY);
    else out.push(resolveType(part));
  }
  return out.filter((t, i) => out.indexOf(t) === i);
}

/** The client-side check kubectl makes before contacting the server: no mixing of `TYPE` and `TYPE/NAME`. */
export function checkForms(args: readonly string[]): void {
  const slashed = args.filter((a) => a.includes('/')).length;
  if (slashed > 0 && slashed !== args.length) throw new CliError(MIXED_FORMS, 1);
}

/** Parse the positional resource arguments of get/describe/delete/label… */
export function parseTargets(args: readonly string[]): Target[] {
  if (args.length === 0) return [];
  const slashed = args.filter((a) => a.includes('/'));
  if (slashed.length > 0) {
    if (slashed.length !== args.length) throw new CliError(MIXED_FORMS, 1);
    const out: Target[] = [];
    for (const a of args) {
      const i = a.indexOf('/');
      const type = resolveType(a.slice(0, i));
      const name = a.slice(i + 1);
      if (name === '') throw new CliError(`error: arguments in resource/name form must have a single resource and name`, 1);
      const existing = out.find((t) => t.type === type);
      if (existing) existing.names.push(name);
      else out.push({ type, names: [name] });
    }
    return out;
  }
  const types = expandTypes(args[0]!);
  const names = args.slice(1);
  return types.map((type) => ({ type, names: [...names] }));
}

/** `TYPE NAME` or `TYPE/NAME` naming exactly one object (scale, rollout, logs, exec…). */
export function singleTarget(args: readonly string[]): { type: ResourceType; name: string } | null {
  if (args.length === 1 && args[0]!.includes('/')) {
    const [t, name] = [args[0]!.slice(0, args[0]!.indexOf('/')), args[0]!.slice(args[0]!.indexOf('/') + 1)];
    return { type: resolveType(t), name };
  }
  if (args.length === 2 && !args[0]!.includes('/')) return { type: resolveType(args[0]!), name: args[1]! };
  return null;
}

/** `deployment.apps/my-app`, `pod/x`, `service/y` — kubectl's kind/name form. */
export function kindName(type: ResourceType, name: string): string {
  return `${type.singular}${type.group ? '.' + type.group : ''}/${name}`;
}

export const NO_RESOURCES =
  "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";
