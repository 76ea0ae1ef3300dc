import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExamApp } from '@/components/exam/exam-app';
import { getCourse } from '@/lib/content/server';
import { getQuizBank } from '@/lib/quiz/server';

export const metadata: Metadata = {
  title: 'Practice exam',
  description: 'A timed Docker practice exam from the course question bank: choose modules and length, then see your score per topic and review every answer.',
};

export default async function ExamPage() {
  const [course, bank] = await Promise.all([getCourse(), getQuizBank()]);
  const modules = course.modules
    .map((m) => ({ slug: m.slug, title: m.title, order: m.order, count: bank.filter((q) => q.module === m.slug).length }))
    .filter((m) => m.count > 0);
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Practice exam</h1>
      <div className="mt-6">
        <Suspense fallback={<p>Loading…</p>}>
          <ExamApp modules={modules} />
        </Suspense>
      </div>
    </main>
  );
}
