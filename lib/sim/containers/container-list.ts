/**
 * The host's containers as a list in creation order (what `Object.values(host.containers)` gives),
 * derived and never stored. `host.containers` gains and loses entries every few commands, which
 * leaves it a dictionary: every `Object.values`/for-in over it collects and sorts its keys afresh.
 * The list is kept per record object (a restored world has new ones) and dropped by
 * `containersChanged`, which the two places that add or delete containers call (create, destroy).
 * A list handed out is never changed afterwards (a change makes a new one), so callers may keep
 * iterating it while containers come and go; they must not modify it.
 */
import type { HostState } from '../core/world';
import type { ContainerRecord } from './types';

const lists = new WeakMap<Record<string, ContainerRecord>, readonly ContainerRecord[]>();

export function containerList(host: HostState): readonly ContainerRecord[] {
  const all = host.containers;
  let list = lists.get(all);
  if (!list) lists.set(all, (list = Object.values(all)));
  return list;
}

/** A container was added to or deleted from `host.containers`. */
export function containersChanged(host: HostState): void {
  lists.delete(host.containers);
}
