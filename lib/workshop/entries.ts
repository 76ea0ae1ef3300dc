/**
 * A room is an append-only log of entries, numbered by `seq` within the room. Everything that changes a
 * room is an entry: a learner joining, a progress event, the instructor unlocking a lesson, a broadcast,
 * a live quiz opening/closing and its answers, the room closing. The dashboard folds the whole log
 * (room-state.ts); learners see only the entries meant for the whole room and their own answers.
 */
import type { LearnerEvent } from './events';

export type BroadcastStyle = 'message' | 'hint';

export type RoomEntryData =
  | { kind: 'joined'; learnerId: string; name: string }
  | { kind: 'progress'; learnerId: string; event: LearnerEvent }
  | { kind: 'unlocked'; count: number }
  | { kind: 'broadcast'; style: BroadcastStyle; text: string }
  | { kind: 'quiz-opened'; quizId: string; prompt: string; options: string[]; correct: number | null }
  | { kind: 'quiz-answer'; learnerId: string; quizId: string; choice: number }
  | { kind: 'quiz-closed'; quizId: string; correct: number | null }
  | { kind: 'closed' };

export type RoomEntryKind = RoomEntryData['kind'];

export interface RoomEntry {
  seq: number;
  /** When it happened (ms since the epoch); for progress, the learner's clock clamped to the server's. */
  at: number;
  data: RoomEntryData;
}

/** Who may read an entry: `room` = everyone in the room, `instructor` = the dashboard (and the learner it names). */
export type Audience = 'room' | 'instructor';

export function audienceOf(data: RoomEntryData): Audience {
  switch (data.kind) {
    case 'joined':
    case 'progress':
    case 'quiz-answer':
      return 'instructor';
    default:
      return 'room';
  }
}

export function learnerOf(data: RoomEntryData): string | null {
  return 'learnerId' in data ? data.learnerId : null;
}

/** What a learner may see of an entry: the right answer of an open quiz stays on the instructor's screen. */
export function forLearner(entry: RoomEntry): RoomEntry {
  if (entry.data.kind !== 'quiz-opened' || entry.data.correct === null) return entry;
  return { ...entry, data: { ...entry.data, correct: null } };
}

/** Progress times come from the learner's clock: keep them within a week before the server's receipt. */
export const CLOCK_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export function clampClientTime(at: number, receivedAt: number): number {
  return Math.min(receivedAt, Math.max(receivedAt - CLOCK_WINDOW_MS, at));
}
