/**
 * Reading the question bank: one YAML text per module → validated questions. An authoring mistake
 * throws a ContentError naming the file, the question id and the field, e.g.
 * `content/quizzes/networking.yaml: question "net-dns": answer: option E does not exist (4 options)`.
 * Pure: the server loader (server/load-bank.ts) reads the files and supplies the course to check against.
 */
import type { z } from 'zod';
import { ContentError } from '../content/errors';
import { parseYaml } from '../content/frontmatter';
import { describeIssue } from '../content/validate';
import { letterIndex } from './letters';
import { questionSchema, quizFileSchema } from './schema';
import type { Question } from './types';

type Issue = Parameters<typeof describeIssue>[0];

const field = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : 'question');
const issues = (error: z.ZodError) => error.issues.map((i) => `${field(i.path)}: ${describeIssue(i as Issue)}`);

/** Rules zod cannot express per field: letters in range, no duplicates, one blank, something to compare. */
export function semanticProblems(q: Question): string[] {
  const problems: string[] = [];
  const letters = (answer: string | string[], count: number) => {
    for (const l of Array.isArray(answer) ? answer : [answer]) {
      if (letterIndex(l) >= count) problems.push(`answer: option ${l} does not exist (${count} options)`);
    }
  };
  const unique = (values: string[], name: string) => {
    const seen = new Set<string>();
    for (const v of values) {
      const key = v.trim().toLowerCase();
      if (seen.has(key)) problems.push(`${name}: "${v}" appears twice`);
      seen.add(key);
    }
  };
  switch (q.type) {
    case 'single':
    case 'output':
      letters(q.answer, q.options.length);
      unique(q.options, 'options');
      break;
    case 'multiple':
      letters(q.answer, q.options.length);
      unique(q.options, 'options');
      unique(q.answer, 'answer');
      if (new Set(q.answer).size >= q.options.length) problems.push('answer: not every option may be correct');
      break;
    case 'order':
      unique(q.steps, 'steps');
      break;
    case 'fill':
      if (q.prompt.split('___').length !== 2) problems.push('prompt: a fill question needs exactly one ___ blank');
      break;
    case 'command':
      if (!q.goals && !q.compare.output && q.compare.probes.length === 0) {
        problems.push('compare: nothing to compare (set output: true or add probes)');
      }
      if ([q.solution, ...q.accept, ...q.reject].some((line) => line.includes('\n'))) {
        problems.push('solution: command questions take one line');
      }
      break;
    case 'true-false':
      break;
  }
  return problems;
}

/** Parse and validate one bank file. */
export function parseQuizFile(file: string, source: string): { module: string; questions: Question[] } {
  const data = parseYaml(file, source, 'quiz file');
  const top = quizFileSchema.safeParse(data, { reportInput: true });
  if (!top.success) throw new ContentError(file, issues(top.error));
  const problems: string[] = [];
  const questions: Question[] = [];
  top.data.questions.forEach((raw, index) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' ? `question "${rawId}"` : `questions[${index}]`;
    const parsed = questionSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      problems.push(...issues(parsed.error).map((p) => `${name}: ${p}`));
      return;
    }
    const question = { ...parsed.data, module: top.data.module } as Question;
    problems.push(...semanticProblems(question).map((p) => `${name}: ${p}`));
    questions.push(question);
  });
  if (problems.length) throw new ContentError(file, problems);
  return { module: top.data.module, questions };
}

/** What the bank is checked against: the course's modules, lessons and heading anchors. */
export interface CourseIndex {
  /** Module slug → its title and lessons (lesson slug → title and heading id → heading text). */
  modules: ReadonlyMap<string, { title: string; lessons: ReadonlyMap<string, { title: string; sections: ReadonlyMap<string, string> }> }>;
}

/** Cross-file checks: ids unique, file module matches, lesson and section exist. */
export function checkReferences(files: ReadonlyArray<{ file: string; module: string; questions: Question[] }>, index: CourseIndex): void {
  const seen = new Map<string, string>();
  for (const { file, module, questions } of files) {
    const problems: string[] = [];
    const mod = index.modules.get(module);
    if (!mod) problems.push(`module: no module "${module}" in the course`);
    for (const q of questions) {
      const where = `question "${q.id}"`;
      const other = seen.get(q.id);
      if (other) problems.push(`${where}: id: already used in ${other}`);
      seen.set(q.id, file);
      if (!mod) continue;
      const lesson = mod.lessons.get(q.lesson);
      if (!lesson) {
        problems.push(`${where}: lesson: no lesson "${q.lesson}" in module "${module}" (have: ${[...mod.lessons.keys()].join(', ')})`);
      } else if (!lesson.sections.has(q.section)) {
        problems.push(`${where}: section: no heading #${q.section} in lesson "${q.lesson}"`);
      }
    }
    if (problems.length) throw new ContentError(file, problems);
  }
}
