/**
 * The real question bank in content/quizzes: it validates against the course (lessons and heading
 * anchors exist), covers every lesson, and every question's answer is accepted by the grader.
 * Command questions are run in the simulator: the solution and each `accept` line are right, each
 * `reject` line is wrong. Questions whose solution needs a tool or docker subcommand the simulator does
 * not have yet are skipped (the test name says which), and run as soon as it lands.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';
import { compileLesson } from '../../content/server/compile-lesson';
import { loadCourse } from '../../content/server/load-course';
import type { Course } from '../../content/types';
import { correctResponse, gradeResponse } from '../grade';
import { gradeCommand, type CommandQuestion } from '../grade-command';
import { readQuizFiles, loadQuizBank } from './load-bank';
import type { QuizQuestion } from '../types';

const root = process.cwd();
let course: Course;
let bank: QuizQuestion[];

beforeAll(async () => {
  course = await loadCourse({ root, includeDrafts: true });
  const files = new Map(course.modules.flatMap((m) => m.lessons.map((l) => [`${m.slug}/${l.slug}`, l.file])));
  bank = await loadQuizBank({ root, course, tocOf: async (m, l) => (await compileLesson(root, files.get(`${m}/${l}`)!)).toc });
}, 120_000);

describe('the question bank', () => {
  it('has at least 150 questions, every lesson at least 3, every module covered', () => {
    expect(bank.length).toBeGreaterThanOrEqual(150);
    const thin: string[] = [];
    for (const m of course.modules) {
      for (const l of m.lessons) {
        const n = bank.filter((q) => q.module === m.slug && q.lesson === l.slug).length;
        if (n < 3) thin.push(`${m.slug}/${l.slug}: ${n}`);
      }
    }
    expect(thin).toEqual([]);
  });

  it('uses every question type', () => {
    expect(new Set(bank.map((q) => q.type))).toEqual(new Set(['single', 'multiple', 'true-false', 'order', 'fill', 'output', 'command']));
  });

  it('links every question to a heading of its lesson', () => {
    for (const q of bank) {
      expect(q.source.href).toBe(`/learn/${q.module}/${q.lesson}#${q.section}`);
      expect(q.source.sectionTitle.length).toBeGreaterThan(0);
    }
  });

  it('has unique ids and an explanation everywhere', () => {
    expect(new Set(bank.map((q) => q.id)).size).toBe(bank.length);
    expect(bank.filter((q) => q.explanation.trim().length < 8).map((q) => q.id)).toEqual([]);
  });

  it("accepts each question's own answer", () => {
    const rejected = bank.filter((q) => q.type !== 'command' && !gradeResponse(q, correctResponse(q))).map((q) => q.id);
    expect(rejected).toEqual([]);
  });

  it('names the file and module consistently', async () => {
    for (const f of await readQuizFiles(root)) expect(f.file).toBe(`content/quizzes/${f.module}.yaml`);
  });
});

/**
 * Why the simulator cannot run a question's solution yet (a tool missing from the host, or a docker
 * subcommand not implemented), or null when it can. A solution that fails for any other reason is a
 * broken question, and its test fails.
 */
function missingFeature(q: CommandQuestion): string | null {
  const session = createHostSession();
  for (const line of [...q.setup, q.solution]) {
    const r = session.run(line);
    if (r.exitCode === 127 && /command not found/.test(r.stderr)) return `needs ${line.split(/\s+/)[0]}`;
    const stub = /'(docker [^']+)' is not available in the Dockerlings simulator/.exec(r.stderr);
    if (stub) return `needs ${stub[1]}`;
  }
  return null;
}

describe('command questions, graded in the simulator', async () => {
  const files = await readQuizFiles(root);
  const commands = files.flatMap((f) => f.questions).filter((q): q is CommandQuestion => q.type === 'command');

  it('exist', () => expect(commands.length).toBeGreaterThanOrEqual(5));

  for (const q of commands) {
    const missing = missingFeature(q);
    it.skipIf(missing !== null)(`${q.id}: the solution and accepted lines are right, near misses wrong${missing ? ` (skipped: simulator ${missing})` : ''}`, () => {
      const session = () => createHostSession();
      const verdict = (line: string) => gradeCommand(q, line, session).status;
      expect(verdict(q.solution), q.solution).toBe('correct');
      for (const line of q.accept) expect(verdict(line), line).toBe('correct');
      for (const line of q.reject) expect(verdict(line), line).toBe('wrong');
    });
  }
});
