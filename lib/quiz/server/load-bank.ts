/**
 * Loads content/quizzes/*.yaml, validates every question against the course (module, lesson, heading
 * anchor) and attaches where to read up on it. Any authoring mistake throws a ContentError, so
 * `next build` and the bank unit test fail with the file, question id and field.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Course, TocEntry } from '../../content/types';
import { checkReferences, parseQuizFile, type CourseIndex } from '../bank';
import type { Question, QuizQuestion } from '../types';

export interface LoadBankOptions {
  /** Project root; files are reported relative to it. */
  root: string;
  /** Every module and lesson, drafts included: references are checked against this. */
  course: Course;
  /** The heading ids and texts of a lesson (from its compiled MDX). */
  tocOf(moduleSlug: string, lessonSlug: string): Promise<readonly TocEntry[]>;
}

export const QUIZ_DIR = 'content/quizzes';

export async function readQuizFiles(root: string): Promise<Array<{ file: string; module: string; questions: Question[] }>> {
  const dir = path.join(root, QUIZ_DIR);
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.yaml')).sort();
  return Promise.all(
    names.map(async (name) => {
      const file = `${QUIZ_DIR}/${name}`;
      return { file, ...parseQuizFile(file, await readFile(path.join(dir, name), 'utf8')) };
    }),
  );
}

async function courseIndex(course: Course, tocOf: LoadBankOptions['tocOf']): Promise<CourseIndex> {
  const modules: CourseIndex['modules'] extends ReadonlyMap<string, infer V> ? Map<string, V> : never = new Map();
  for (const m of course.modules) {
    const lessons = new Map<string, { title: string; sections: Map<string, string> }>();
    for (const l of m.lessons) {
      const toc = await tocOf(m.slug, l.slug);
      lessons.set(l.slug, { title: l.meta.title, sections: new Map(toc.map((e) => [e.id, e.text])) });
    }
    modules.set(m.slug, { title: m.title, lessons });
  }
  return { modules };
}

/** The whole bank in course order (module, then lesson, then file order), each question with its source. */
export async function loadQuizBank({ root, course, tocOf }: LoadBankOptions): Promise<QuizQuestion[]> {
  const files = await readQuizFiles(root);
  const index = await courseIndex(course, tocOf);
  checkReferences(files, index);
  const lessonOrder = new Map(course.modules.flatMap((m, mi) => m.lessons.map((l, li) => [`${m.slug}/${l.slug}`, mi * 1000 + li])));
  const all = files.flatMap((f) => f.questions).map((q, at) => ({ q, at }));
  all.sort((a, b) => lessonOrder.get(`${a.q.module}/${a.q.lesson}`)! - lessonOrder.get(`${b.q.module}/${b.q.lesson}`)! || a.at - b.at);
  return all.map(({ q }) => {
    const mod = index.modules.get(q.module)!;
    const lesson = mod.lessons.get(q.lesson)!;
    return {
      ...q,
      source: {
        moduleTitle: mod.title,
        lessonTitle: lesson.title,
        sectionTitle: lesson.sections.get(q.section)!,
        href: `/learn/${q.module}/${q.lesson}#${q.section}`,
      },
    };
  });
}
