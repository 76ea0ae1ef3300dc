/**
 * Each frame's environment as last built, frozen (every command of a session shares it). The
 * variable functions of state.ts drop it when an exported variable changes or a name is
 * (un)exported; a frame is otherwise changed only by replacing it (forks, restores), so a kept one
 * is never stale. Kept outside the frame: the frame stays plain data.
 */
import type { Frame } from './state';

const environments = new WeakMap<Frame, Readonly<Record<string, string>>>();

export function keptEnvironment(frame: Frame): Readonly<Record<string, string>> | undefined {
  return environments.get(frame);
}

export function keepEnvironment(frame: Frame, env: Record<string, string>): Readonly<Record<string, string>> {
  const frozen = Object.freeze(env);
  environments.set(frame, frozen);
  return frozen;
}

export function envChanged(frame: Frame): void {
  environments.delete(frame);
}
