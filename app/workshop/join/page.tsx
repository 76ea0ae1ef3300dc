import type { Metadata } from 'next';
import { JoinForm } from '@/components/workshop/join-form';
import { Card } from '@/components/workshop/ui';

export const metadata: Metadata = { title: 'Join a workshop', robots: { index: false } };

interface Props {
  searchParams: Promise<{ code?: string | string[] }>;
}

export default async function JoinPage({ searchParams }: Props) {
  const { code } = await searchParams;
  const initial = typeof code === 'string' ? code.slice(0, 20) : '';
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-10">
      <h1 className="mb-6 text-3xl font-bold tracking-tight">Join a workshop</h1>
      <Card title="Join with the room code" id="join">
        <JoinForm initialCode={initial} />
      </Card>
      <div id="rejoin" className="mt-6 scroll-mt-20">
        <Card title="Rejoin on this device" id="rejoin-card">
          <p className="mb-4 text-muted">Already joined on another computer? Use your name and the rejoin code you were given to carry on here.</p>
          <JoinForm initialCode={initial} rejoin />
        </Card>
      </div>
    </main>
  );
}
