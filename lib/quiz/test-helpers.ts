/** Questions for unit tests, built the way the bank builds them (through the schema). */
import { questionSchema } from './schema';
import type { Question, QuizQuestion } from './types';

export function question(data: Record<string, unknown>, module = 'networking'): Question {
  const base = { id: 'q-test', lesson: 'bridge-basics', section: 'recap', difficulty: 'easy', prompt: 'A test question?', explanation: 'Because it is so.' };
  return { ...questionSchema.parse({ ...base, ...data }), module } as Question;
}

export function quizQuestion(data: Record<string, unknown>, module = 'networking', moduleTitle = 'Networking'): QuizQuestion {
  const q = question(data, module);
  return { ...q, source: { moduleTitle, lessonTitle: 'Lesson', sectionTitle: 'Recap', href: `/learn/${module}/${q.lesson}#${q.section}` } };
}
