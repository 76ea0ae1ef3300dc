import Link from 'next/link';
import type { QuestionSource } from '@/lib/quiz/types';
import { InlineText } from './rich-text';

/** "Read more: Lesson › Section" under a question's explanation, linking to where the lesson teaches it. */
export function ReadMore({ source }: { source: QuestionSource }) {
  return (
    <p className="quiz-source">
      Read more:{' '}
      <Link href={source.href}>
        {source.lessonTitle} › <InlineText text={source.sectionTitle} />
      </Link>
    </p>
  );
}
