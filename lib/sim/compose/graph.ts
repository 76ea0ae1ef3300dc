/**
 * Dependency order over `depends_on` (compose's InDependencyOrder / InReverseDependencyOrder):
 * a service is visited after everything it depends on (or, in reverse, after everything that
 * depends on it). Services that are ready together are taken by name, so output is stable.
 */
import type { ComposeProject, ServiceModel } from './project';
import { isMap } from './tree-path';

export function dependenciesOf(s: ServiceModel, within: Readonly<Record<string, unknown>>): string[] {
  return isMap(s.depends_on) ? Object.keys(s.depends_on).filter((d) => d in within) : [];
}

/** Service names, dependencies first (only among `names`). */
export function dependencyOrder(p: ComposeProject, names: readonly string[] = Object.keys(p.services)): string[] {
  const set = new Set(names);
  const deps = new Map(names.map((n) => [n, dependenciesOf(p.services[n]!, p.services).filter((d) => set.has(d))]));
  const done = new Set<string>();
  const out: string[] = [];
  while (out.length < names.length) {
    const ready = names.filter((n) => !done.has(n) && deps.get(n)!.every((d) => done.has(d))).sort();
    if (ready.length === 0) {
      out.push(...names.filter((n) => !done.has(n)).sort());
      break;
    }
    for (const n of ready) {
      done.add(n);
      out.push(n);
    }
  }
  return out;
}

export function reverseDependencyOrder(p: ComposeProject, names?: readonly string[]): string[] {
  return dependencyOrder(p, names).reverse();
}

/** A service and what it depends on, transitively (ForEachService with IncludeDependencies). */
export function withDependencies(p: ComposeProject, names: readonly string[]): Set<string> {
  const out = new Set<string>();
  const visit = (n: string) => {
    if (out.has(n)) return;
    out.add(n);
    const s = p.services[n];
    if (s) for (const d of dependenciesOf(s, p.services)) visit(d);
  };
  names.forEach(visit);
  return out;
}
