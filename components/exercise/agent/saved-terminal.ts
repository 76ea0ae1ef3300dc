/**
 * A lesson's terminal as saved between visits: the host snapshot (files, engine world, shell state,
 * clock), the commands run since the exercise started, typed answers and which exercise's setup the
 * state comes from. Validated loosely on the way in; anything odd is discarded, never thrown.
 */
import type { CommandRecord } from '@/lib/check/goals/context';
import type { HostSnapshot } from '@/lib/host';

export interface SavedTerminal {
  v: 1;
  snapshot: HostSnapshot;
  log: CommandRecord[];
  answers: Record<string, Record<string, string>>;
  activeSetup: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export function readSavedTerminal(data: unknown): SavedTerminal | null {
  if (!isRecord(data) || data.v !== 1 || !isRecord(data.snapshot) || data.snapshot.version !== 1) return null;
  if (!Array.isArray(data.log) || !data.log.every((r) => isRecord(r) && typeof r.line === 'string' && typeof r.exitCode === 'number')) return null;
  const answers = isRecord(data.answers) ? (data.answers as SavedTerminal['answers']) : {};
  const activeSetup = typeof data.activeSetup === 'string' ? data.activeSetup : null;
  return { v: 1, snapshot: data.snapshot as unknown as HostSnapshot, log: data.log as CommandRecord[], answers, activeSetup };
}
