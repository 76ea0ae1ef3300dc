/**
 * Builds the site search index at build time (served as static JSON by app/search-index.json): every
 * lesson section and exercise of the visible course, and every quiz question's prompt and explanation
 * (pointing at the lesson section that teaches it). The browser fetches it when search is opened.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { lessonHref } from '../../content/navigation';
import type { Course } from '../../content/types';
import type { QuizQuestion } from '../../quiz/types';
import { INDEX_OPTIONS } from '../options';
import type { SearchDoc } from '../types';
import { lessonPieces } from './lesson-sections';

export async function searchDocs(root: string, course: Course, questions: readonly QuizQuestion[]): Promise<SearchDoc[]> {
  const docs: SearchDoc[] = [];
  for (const module of course.modules) {
    for (const lesson of module.lessons) {
      const href = lessonHref(lesson);
      const source = await readFile(path.join(root, lesson.file), 'utf8');
      for (const piece of lessonPieces(source)) {
        const intro = piece.anchor === '';
        docs.push({
          id: `${piece.kind}:${module.slug}/${lesson.slug}#${piece.anchor}`,
          kind: piece.kind,
          lesson: lesson.meta.title,
          title: intro ? lesson.meta.title : piece.title,
          href: intro ? href : `${href}#${piece.anchor}`,
          text: intro ? `${lesson.meta.summary} ${piece.text}`.trim() : piece.text,
        });
      }
    }
  }
  for (const q of questions) {
    docs.push({
      id: `quiz:${q.id}`,
      kind: 'quiz',
      lesson: q.source.lessonTitle,
      title: q.prompt.replace(/`/g, ''),
      href: q.source.href,
      text: `${q.explanation} (${q.source.sectionTitle})`.replace(/`/g, ''),
    });
  }
  return docs;
}

/** The serialised MiniSearch index (MiniSearch.loadJSON with INDEX_OPTIONS reads it back). */
export async function buildSearchIndex(root: string, course: Course, questions: readonly QuizQuestion[]): Promise<string> {
  const search = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  search.addAll(await searchDocs(root, course, questions));
  return JSON.stringify(search);
}
