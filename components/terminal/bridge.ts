/**
 * The page ↔ terminal bridge: Run buttons call `runInTerminal`; the terminal, once mounted, connects
 * a handler. Input sent before the terminal is ready is queued and the terminal is asked to load now.
 * No React, no xterm: this file is in the lesson's first-load JS and must stay tiny.
 */
type Handler = (text: string) => void;

let handler: Handler | null = null;
const queue: string[] = [];
const demandListeners = new Set<() => void>();

/** Type `text` (one or more lines) into the terminal and run it. */
export function runInTerminal(text: string): void {
  if (handler) {
    handler(text);
    return;
  }
  queue.push(text);
  for (const listener of demandListeners) listener();
}

/** Called by the terminal when it can accept input; returns a disconnect function. */
export function connectTerminal(next: Handler): () => void {
  handler = next;
  for (const text of queue.splice(0)) next(text);
  return () => {
    if (handler === next) handler = null;
  };
}

/** The terminal panel listens here to load immediately when input arrives before it is ready. */
export function onTerminalDemand(listener: () => void): () => void {
  demandListeners.add(listener);
  return () => demandListeners.delete(listener);
}

/** True when input is waiting for a terminal (used to load eagerly). */
export function hasPendingInput(): boolean {
  return queue.length > 0;
}
