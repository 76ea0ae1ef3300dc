import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Dashboard } from '@/components/workshop/dashboard/dashboard';
import { isCode, normaliseCode, ROOM_CODE_LENGTH } from '@/lib/workshop/ids';
import { lessonIndex } from '../../_lib/course-index';

export const metadata: Metadata = { title: 'Workshop dashboard', robots: { index: false, follow: false }, referrer: 'no-referrer' };

interface Props {
  params: Promise<{ code: string }>;
}

export default async function DashboardPage({ params }: Props) {
  const code = normaliseCode((await params).code);
  if (!isCode(code, ROOM_CODE_LENGTH)) notFound();
  return (
    <main id="main" className="mx-auto max-w-7xl px-4 py-8">
      <Dashboard code={code} index={await lessonIndex()} />
    </main>
  );
}
