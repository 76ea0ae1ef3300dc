/**
 * The page ↔ terminal bridge: Run buttons call `runInTerminal`; the terminal, once mounted, connects
 * a handler. Input sent before the terminal is ready is queued until it connects.
 * No React, no xterm: this file is in the lesson's first-load JS and must stay tiny.
 */
type Handler = (text: string) => void;

let handler: Handler | null = null;
const queue: string[] = [];
const inputListeners = new Set<() => void>();

/** Type `text` (one or more lines) into the terminal and run it. */
export function runInTerminal(text: string): void {
  for (const listener of inputListeners) listener();
  if (handler) handler(text);
  else queue.push(text);
}

/** Called by the terminal when it can accept input; returns a disconnect function. */
export function connectTerminal(next: Handler): () => void {
  handler = next;
  for (const text of queue.splice(0)) next(text);
  return () => {
    if (handler === next) handler = null;
  };
}

/** Notified on every Run, ready or not (the panel scrolls itself into view). */
export function onTerminalInput(listener: () => void): () => void {
  inputListeners.add(listener);
  return () => inputListeners.delete(listener);
}
