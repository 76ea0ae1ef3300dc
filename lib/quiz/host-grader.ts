/**
 * Command grading on the learner's simulated host (lib/host.ts). This module pulls in the whole
 * simulator: UI code must load it with a dynamic import, only when a command answer is checked.
 */
import { createHostSession } from '../host';
import { gradeCommand, type CommandQuestion, type CommandVerdict, type RunOutcome } from './grade-command';

const references = new Map<string, RunOutcome>();

export function gradeOnHost(q: CommandQuestion, line: string): CommandVerdict {
  return gradeCommand(q, line, () => createHostSession(), references);
}
