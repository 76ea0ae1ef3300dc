import type { Metadata } from 'next';
import { CreateForm } from '@/components/workshop/create-form';
import { moduleChoices } from '../_lib/course-index';

export const metadata: Metadata = { title: 'Create a workshop', robots: { index: false } };

export default async function NewWorkshopPage() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Create a workshop</h1>
      <p className="mb-8 text-muted">No account needed. You get a room code for learners and a private dashboard link for you.</p>
      <CreateForm modules={await moduleChoices()} />
    </main>
  );
}
