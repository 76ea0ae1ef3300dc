import Link from 'next/link';
import { lessonQuestions, moduleQuestions } from '@/lib/quiz/server';
import { LazyQuizList } from './lazy-quiz-list';
import './quiz.css';

/** The end-of-lesson quiz, from the question bank (rendered by the lesson page after the prose). */
export async function LessonQuiz({ moduleSlug, lessonSlug }: { moduleSlug: string; lessonSlug: string }) {
  const [questions, all] = await Promise.all([lessonQuestions(moduleSlug, lessonSlug), moduleQuestions(moduleSlug)]);
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="lesson-quiz-title" className="not-prose lesson-quiz">
      <h2 id="lesson-quiz-title" className="text-2xl font-bold">
        Check your understanding
      </h2>
      <p className="quiz-intro">
        {questions.length} quick questions on this lesson. Each answer is checked right away, with the reason and a link to the
        part of the lesson that explains it. Questions you miss come back later in your{' '}
        <Link href="/review">review queue</Link>.
      </p>
      <LazyQuizList questions={questions} quizId={`lesson.${moduleSlug}.${lessonSlug}`} />
      <p className="quiz-more">
        <Link href={`/learn/${moduleSlug}/quiz`}>Take the whole module quiz ({all.length} questions)</Link> or{' '}
        <Link href={`/exam?modules=${moduleSlug}`}>set up a timed exam</Link>.
      </p>
    </section>
  );
}
