/**
 * The page ↔ agent bus for exercises. Panels register their exercise and hear its status; the agent
 * (in the terminal's simulator Web Worker, connected here by its RemoteHost, which relays both ways)
 * checks after every command and answers actions. Actions sent before the agent is there wait for
 * it. No React, no simulator: this is in the first-load JS.
 */
import type { ExerciseAction, ExerciseAgent, ExerciseSpec, ExerciseStatus } from './protocol';

interface Entry {
  spec: ExerciseSpec;
  listener: (status: ExerciseStatus) => void;
}

const entries = new Map<string, Entry>();
const waiting: Array<[string, ExerciseAction]> = [];
let agent: ExerciseAgent | null = null;

export interface Registration {
  act(action: ExerciseAction): void;
  unregister(): void;
}

/** A panel's exercise; `listener` hears every status the agent publishes for it. */
export function registerExercise(spec: ExerciseSpec, listener: (status: ExerciseStatus) => void): Registration {
  entries.set(spec.id, { spec, listener });
  agent?.added(spec);
  return {
    act(action) {
      if (agent) agent.act(spec.id, action);
      else waiting.push([spec.id, action]);
    },
    unregister() {
      if (entries.get(spec.id)?.listener !== listener) return;
      entries.delete(spec.id);
      agent?.removed(spec.id);
    },
  };
}

/** The agent's side: publish a status to the panel showing that exercise. */
export function publishStatus(id: string, status: ExerciseStatus): void {
  entries.get(id)?.listener(status);
}

/** Connect the agent; it hears every registered exercise, then queued actions. Returns a disconnect. */
export function connectAgent(next: ExerciseAgent): () => void {
  agent = next;
  for (const { spec } of entries.values()) next.added(spec);
  for (const [id, action] of waiting.splice(0)) if (entries.has(id)) next.act(id, action);
  return () => {
    if (agent === next) agent = null;
  };
}

/** Whether the agent (and so the simulator) is loaded. */
export const agentConnected = () => agent !== null;
