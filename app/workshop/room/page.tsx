import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LearnerRoom } from '@/components/workshop/learner-room';
import { lessonIndex } from '../_lib/course-index';

export const metadata: Metadata = { title: 'Your workshop', robots: { index: false } };

export default async function RoomPage() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <Suspense>
        <LearnerRoom lessons={await lessonIndex()} />
      </Suspense>
    </main>
  );
}
