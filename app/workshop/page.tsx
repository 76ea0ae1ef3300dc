import type { Metadata } from 'next';
import Link from 'next/link';
import { JoinForm } from '@/components/workshop/join-form';
import { MyRooms } from '@/components/workshop/my-rooms';
import { Card } from '@/components/workshop/ui';

export const metadata: Metadata = {
  title: 'Workshops',
  description: 'Instructor-led Dockerlings classes: learners join with a room code, the instructor follows their progress live.',
};

export default function WorkshopHome() {
  return (
    <main id="main" className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Workshops</h1>
      <p className="mt-3 mb-8 max-w-2xl text-lg text-muted">
        Learn Docker together. Your instructor gives you a room code; your exercises, lessons and quiz answers then show up on their
        dashboard as you work. No account needed: only your display name is stored, and rooms are deleted after the class.
      </p>
      <MyRooms />
      <div className="grid gap-6 md:grid-cols-2">
        <Card title="Join a workshop" id="join">
          <JoinForm />
          <p className="mt-4 text-sm text-muted">
            Joined on another device? <Link href="/workshop/join#rejoin" className="text-accent underline">Rejoin with your rejoin code</Link>.
          </p>
        </Card>
        <Card title="Run a workshop" id="run">
          <p className="mb-4">
            Pick the lessons or modules to cover, get a room code for your class and a private dashboard link: progress grid, goals most
            learners miss, who is stuck, pacing controls, live quiz, CSV export.
          </p>
          <Link href="/workshop/new" className="inline-flex rounded-md bg-accent px-4 py-2 font-medium text-accent-fg no-underline hover:opacity-90">
            Create a workshop
          </Link>
        </Card>
      </div>
    </main>
  );
}
