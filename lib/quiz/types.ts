/** Questions as the rest of the app sees them (the authoring shape is in schema.ts). */
import type { QuestionData, QuestionType } from './schema';

export type { QuestionType };

/** A validated question, tagged with the module whose file it came from. */
export type Question = QuestionData & { module: string };

export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** Where to read up on a question: the lesson section that teaches it. */
export interface QuestionSource {
  moduleTitle: string;
  lessonTitle: string;
  sectionTitle: string;
  /** `/learn/<module>/<lesson>#<section>` */
  href: string;
}

/** A question as pages render it. Plain data (JSON-able), sent from server pages to client components. */
export type QuizQuestion = Question & { source: QuestionSource };

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
