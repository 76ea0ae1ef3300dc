/**
 * Container names and lookup: docker's name validation, generated `adjective_surname` names from
 * the seeded rng, and GetContainer (full id, exact name, unique id prefix).
 */
import { hostOf, type Engine } from '../core/engine';
import { EngineError, invalid, notFound } from '../core/errors';
import { nextInt } from '../core/rng';
import type { HostState } from '../core/world';
import { NAME_ADJECTIVES, NAME_SURNAMES } from './name-words';
import type { ContainerRecord } from './types';
import { containerList } from './container-list';

/**
 * dockerd's pattern is `[a-zA-Z0-9][a-zA-Z0-9_.-]+`, which refuses one-character names. The project's
 * shared fidelity scenarios (and many tutorials) use names like `w` and `s`, so the simulator accepts a
 * single leading character too; every other character rule and the error wording are dockerd's.
 */
export const VALID_CONTAINER_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

/** Throws the daemon's error for an invalid name; returns the name without a leading slash. */
export function validateName(name: string): string {
  if (!VALID_CONTAINER_NAME.test(name)) throw invalid(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  return name.replace(/^\//, '');
}

export function nameInUse(host: HostState, name: string): ContainerRecord | undefined {
  const list = containerList(host);
  for (let i = 0; i < list.length; i++) if (list[i]!.name === name) return list[i];
  return undefined;
}

/** Reserve a user-given name or throw docker's conflict error. */
export function reserveName(host: HostState, name: string): string {
  const clean = validateName(name);
  const holder = nameInUse(host, clean);
  if (holder) {
    throw new EngineError(
      'conflict',
      `Conflict. The container name "/${clean}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  }
  return clean;
}

/** namesgenerator.GetRandomName with retries, falling back to the short id like dockerd. */
export function generateName(eng: Engine, id: string): string {
  const host = hostOf(eng);
  for (let retry = 0; retry < 6; retry++) {
    let name: string;
    do {
      name = `${NAME_ADJECTIVES[nextInt(eng.world.rng, NAME_ADJECTIVES.length)]!}_${NAME_SURNAMES[nextInt(eng.world.rng, NAME_SURNAMES.length)]!}`;
    } while (name === 'boring_wozniak');
    if (retry > 0) name += String(nextInt(eng.world.rng, 10));
    if (!nameInUse(host, name)) return name;
  }
  return id.slice(0, 12);
}

/** daemon.GetContainer. */
export function findContainer(host: HostState, term: string): ContainerRecord | undefined {
  if (term === '') throw invalid('invalid name or ID supplied: ""');
  const byId = host.containers[term];
  if (byId) return byId;
  const name = term.startsWith('/') ? term.slice(1) : term;
  const byName = nameInUse(host, name);
  if (byName) return byName;
  const hits = containerList(host).filter((c) => c.id.startsWith(term));
  if (hits.length > 1) throw invalid(`multiple IDs found with provided prefix: ${term}`);
  return hits[0];
}

export function requireContainer(eng: Engine, term: string): ContainerRecord {
  const c = findContainer(hostOf(eng), term);
  if (!c) throw notFound(`No such container: ${term}`);
  return c;
}
