/**
 * Server-only entry for routes: the validated question bank, computed once per process (re-read on
 * every call in `next dev`). Questions of draft lessons are checked but left out where drafts are hidden.
 */
import { compileLesson, getCourse, getLessonPage, loadCourse } from '../../content/server';
import type { QuizQuestion } from '../types';
import { loadQuizBank } from './load-bank';

const root = process.cwd();
const development = process.env.NODE_ENV === 'development';
let bank: Promise<QuizQuestion[]> | undefined;

async function load(): Promise<QuizQuestion[]> {
  const [full, visible] = await Promise.all([loadCourse({ root, includeDrafts: true }), getCourse()]);
  const files = new Map(full.modules.flatMap((m) => m.lessons.map((l) => [`${m.slug}/${l.slug}`, l.file])));
  const all = await loadQuizBank({
    root,
    course: full,
    tocOf: async (moduleSlug, lessonSlug) =>
      (await getLessonPage(moduleSlug, lessonSlug))?.toc ?? (await compileLesson(root, files.get(`${moduleSlug}/${lessonSlug}`)!)).toc,
  });
  const shown = new Set(visible.modules.flatMap((m) => m.lessons.map((l) => `${m.slug}/${l.slug}`)));
  return all.filter((q) => shown.has(`${q.module}/${q.lesson}`));
}

export function getQuizBank(): Promise<QuizQuestion[]> {
  if (development) return load();
  bank ??= load();
  return bank;
}

export async function lessonQuestions(moduleSlug: string, lessonSlug: string): Promise<QuizQuestion[]> {
  return (await getQuizBank()).filter((q) => q.module === moduleSlug && q.lesson === lessonSlug);
}

export async function moduleQuestions(moduleSlug: string): Promise<QuizQuestion[]> {
  return (await getQuizBank()).filter((q) => q.module === moduleSlug);
}
