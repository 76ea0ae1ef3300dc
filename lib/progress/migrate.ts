/**
 * Reading saved progress of any age: older versions are migrated step by step, damaged entries are
 * dropped (the rest is kept), and anything unreadable is reset — always with a notice for the
 * learner, never an exception. Hand-written checks (no zod): this runs in the lesson page's first load.
 */
import { PROGRESS_VERSION, emptyProgress, type ExerciseProgress, type LessonProgress, type Progress } from './types';

/** `MIGRATIONS[n]` turns version-n data into version n+1. */
export type Migrations = Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>>;
export const MIGRATIONS: Migrations = {};

export interface Loaded {
  progress: Progress;
  /** Set when something had to be migrated, repaired or reset; shown to the learner. */
  notice?: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function exercise(v: unknown): ExerciseProgress | null {
  if (!isRecord(v) || (v.status !== 'started' && v.status !== 'done')) return null;
  if (!isCount(v.hints) || typeof v.solutionShown !== 'boolean' || !isCount(v.checks) || !isCount(v.startedAt)) return null;
  if (v.completedAt !== undefined && !isCount(v.completedAt)) return null;
  const out: ExerciseProgress = { status: v.status, hints: v.hints, solutionShown: v.solutionShown, checks: v.checks, startedAt: v.startedAt };
  if (v.completedAt !== undefined) out.completedAt = v.completedAt;
  return out;
}

/** Valid entries of version-current data, and whether anything was dropped. */
export function repair(data: Record<string, unknown>): { progress: Progress; dropped: boolean } {
  const progress = emptyProgress();
  let dropped = !isRecord(data.lessons);
  for (const [key, raw] of Object.entries(isRecord(data.lessons) ? data.lessons : {})) {
    if (!isRecord(raw) || !isRecord(raw.exercises) || !/^[a-z0-9-]+\/[a-z0-9-]+$/.test(key)) {
      dropped = true;
      continue;
    }
    const lesson: LessonProgress = { exercises: {} };
    for (const [id, e] of Object.entries(raw.exercises)) {
      const ok = exercise(e);
      if (ok) lesson.exercises[id] = ok;
      else dropped = true;
    }
    if (Array.isArray(raw.exerciseIds) && raw.exerciseIds.every((x) => typeof x === 'string')) lesson.exerciseIds = raw.exerciseIds as string[];
    else if (raw.exerciseIds !== undefined) dropped = true;
    progress.lessons[key] = lesson;
  }
  return { progress, dropped };
}

/** Parse stored text (null = nothing stored). */
export function readProgress(text: string | null, migrations: Migrations = MIGRATIONS): Loaded {
  if (text === null) return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { progress: emptyProgress(), notice: 'Your saved progress could not be read, so it was reset.' };
  }
  if (!isRecord(data) || !isCount(data.version)) return { progress: emptyProgress(), notice: 'Your saved progress was in an unknown format, so it was reset.' };
  if (data.version > PROGRESS_VERSION) {
    return { progress: emptyProgress(), notice: 'Your saved progress came from a newer version of Dockerlings and could not be used here, so it was reset.' };
  }
  let current: Record<string, unknown> = data;
  for (let v = data.version; v < PROGRESS_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { progress: emptyProgress(), notice: `Your saved progress (format ${data.version}) is too old to carry over, so it was reset.` };
    current = { ...step(current), version: v + 1 };
  }
  const { progress, dropped } = repair(current);
  if (dropped) return { progress, notice: 'Part of your saved progress was damaged and has been removed; the rest is kept.' };
  if (data.version < PROGRESS_VERSION) return { progress, notice: 'Your saved progress was updated to the current format.' };
  return { progress };
}
