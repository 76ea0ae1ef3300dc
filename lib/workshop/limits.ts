/** Sizes shared by the browser and the server, kept free of zod so the reporter stays tiny. */
export const MAX_EVENTS_PER_POST = 100;

export const MAX_COMMAND_LENGTH = 300;

/** Cut a command line to what the event schema accepts, so reporting a long line never fails. */
export function clipCommand(line: string): string {
  const trimmed = line.trim();
  return trimmed.length <= MAX_COMMAND_LENGTH ? trimmed : `${trimmed.slice(0, MAX_COMMAND_LENGTH - 1)}…`;
}
