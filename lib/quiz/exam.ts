/**
 * Exam papers: settings (modules, length, time, seed) ⇄ URL search params, and the seeded paper they
 * produce: which questions, in which order, with which option/step order. The same settings always
 * give the same paper, so a shared link reproduces the exam.
 */
import { createRng, permutation, shuffle, type Rng } from './random';
import type { Question } from './types';

export interface ExamSettings {
  /** Module slugs; every module when empty. */
  modules: string[];
  count: number;
  /** Time limit; fractions allowed (a test may use 0.05 = 3 seconds). */
  minutes: number;
  seed: string;
}

export const PASS_PERCENT = 70;
export const MAX_QUESTIONS = 200;
export const MAX_MINUTES = 300;

export const PRESETS = [
  { id: 'full', label: 'Full practice exam', count: 55, minutes: 90 },
  { id: 'module', label: 'Short practice test', count: 20, minutes: 30 },
  { id: 'quick', label: 'Quick check', count: 10, minutes: 15 },
] as const;

export interface PaperItem {
  id: string;
  /** Authored option indexes in the order shown (choice questions). */
  optionOrder?: number[];
  /** Authored step indexes in the order first shown (order questions). */
  stepOrder?: number[];
}

export interface ExamPaper {
  settings: ExamSettings;
  items: PaperItem[];
}

export type ParsedSettings = { ok: true; settings: ExamSettings } | { ok: false; error: string };

/** Query-string view of the settings (`seed`, `modules`, `count`, `minutes`). */
export function settingsToParams(s: ExamSettings): Record<string, string> {
  const params: Record<string, string> = { seed: s.seed, count: String(s.count), minutes: String(s.minutes) };
  if (s.modules.length) params.modules = s.modules.join(',');
  return params;
}

/** Read settings from the URL. `known` are the module slugs that exist. Returns null when no exam was asked for. */
export function settingsFromParams(get: (name: string) => string | null, known: readonly string[]): ParsedSettings | null {
  const seed = get('seed');
  if (seed === null) return null;
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(seed)) return { ok: false, error: 'The seed in this link is not valid.' };
  const count = Number(get('count') ?? '');
  if (!Number.isInteger(count) || count < 1 || count > MAX_QUESTIONS) {
    return { ok: false, error: `The number of questions must be a whole number from 1 to ${MAX_QUESTIONS}.` };
  }
  const minutes = Number(get('minutes') ?? '');
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_MINUTES) {
    return { ok: false, error: `The time limit must be more than 0 and at most ${MAX_MINUTES} minutes.` };
  }
  const raw = get('modules');
  const modules = raw ? raw.split(',').filter(Boolean) : [];
  const unknown = modules.filter((m) => !known.includes(m));
  if (unknown.length) return { ok: false, error: `Unknown module${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.` };
  return { ok: true, settings: { modules: known.filter((m) => modules.includes(m)), count, minutes, seed } };
}

/** Take `count` questions spread evenly over the modules: round-robin over shuffled per-module pools. */
function pick(pool: readonly Question[], count: number, rng: Rng): Question[] {
  const byModule = new Map<string, Question[]>();
  for (const q of pool) byModule.set(q.module, [...(byModule.get(q.module) ?? []), q]);
  const queues = shuffle([...byModule.values()], rng).map((qs) => shuffle(qs, rng));
  const chosen: Question[] = [];
  while (chosen.length < count && queues.some((q) => q.length)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next && chosen.length < count) chosen.push(next);
    }
  }
  return shuffle(chosen, rng);
}

/** A shown step order that is never already the answer. */
function scrambled(n: number, rng: Rng): number[] {
  const order = permutation(n, rng);
  return order.every((v, i) => v === i) ? [...order.slice(1), order[0]!] : order;
}

export function buildPaper(bank: readonly Question[], settings: ExamSettings): ExamPaper {
  const rng = createRng(settings.seed);
  const pool = settings.modules.length ? bank.filter((q) => settings.modules.includes(q.module)) : [...bank];
  const items = pick(pool, settings.count, rng).map((q): PaperItem => {
    switch (q.type) {
      case 'single':
      case 'multiple':
      case 'output':
        return { id: q.id, optionOrder: permutation(q.options.length, rng) };
      case 'order':
        return { id: q.id, stepOrder: scrambled(q.steps.length, rng) };
      default:
        return { id: q.id };
    }
  });
  return { settings, items };
}

/** Shown order for a question outside exams (lesson quizzes): options as authored, steps scrambled by id. */
export function practiceItem(q: Question): PaperItem {
  if (q.type === 'order') return { id: q.id, stepOrder: scrambled(q.steps.length, createRng(q.id)) };
  return { id: q.id };
}
