/**
 * Putting a host session in an exercise's starting state: workspace files written as the learner,
 * then the setup commands run silently, in order. A failing step is the author's (or the
 * simulator's) bug, never the learner's: it throws SetupError naming the step.
 */
import type { HostSession } from '../../host';
import { dirname } from '../../sim/fs/path';
import { splitCommands } from '../../shell/runner';
import type { ShellSession } from '../../shell/types';
import { DEFAULT_HOME, hostPath, type CommandRecord } from '../goals/context';
import type { ExerciseSetup } from '../spec/types';

export class SetupError extends Error {
  constructor(
    readonly step: string,
    readonly detail: string,
  ) {
    super(`setup step \`${step}\` failed: ${detail}`);
    this.name = 'SetupError';
  }
}

/** Run a script (one or more lines, continuation lines kept together) and record each command. */
export function runLines(session: ShellSession, text: string, onEach?: (record: CommandRecord) => void): CommandRecord[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '').split('\n');
  const records: CommandRecord[] = [];
  for (const input of splitCommands(lines, session)) {
    if (input.trim() === '') continue;
    const result = session.run(input);
    const record = { line: input, exitCode: result.exitCode };
    records.push(record);
    onEach?.(record);
  }
  return records;
}

export function applySetup(session: HostSession, setup: ExerciseSetup | undefined, home = DEFAULT_HOME): void {
  if (!setup) return;
  const fs = session.machine.fs;
  for (const [path, content] of Object.entries(setup.files ?? {})) {
    const target = hostPath(path, home);
    try {
      fs.mkdir(dirname(target), { recursive: true });
      fs.writeFile(target, content);
    } catch (error) {
      throw new SetupError(`write ${path}`, error instanceof Error ? error.message : String(error));
    }
  }
  for (const command of setup.commands ?? []) {
    const result = session.run(command);
    if (session.prompt() === '') session.interrupt();
    if (result.exitCode !== 0) throw new SetupError(command, (result.stderr || result.stdout).trim() || `exit status ${result.exitCode}`);
  }
}
