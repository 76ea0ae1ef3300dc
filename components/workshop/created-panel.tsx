'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { CreatedWorkshop } from '@/lib/workshop/api-types';
import { formatCode } from '@/lib/workshop/ids';
import { CopyButton } from './copy-button';
import { CodeBadge } from './ui';

/** Shown once after creating a room: the code, the join link and the secret dashboard link. */
export function CreatedPanel({ created }: { created: CreatedWorkshop }) {
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const { code, title, expiresAt } = created.workshop;
  const join = `${origin}/workshop/join?code=${code}`;
  const dashboard = `/workshop/${code}/dashboard#key=${created.instructorKey}`;
  return (
    <section aria-labelledby="created-title" className="rounded-lg border border-border bg-surface p-5">
      <h2 id="created-title" className="text-xl font-semibold">
        {title} is ready
      </h2>
      <p className="mt-4 text-muted">Room code for learners</p>
      <p data-testid="room-code">
        <CodeBadge code={formatCode(code)} large />
      </p>
      <p className="mt-4">
        Join link: <code className="break-all">{join}</code> <CopyButton text={join} label="Copy join link" />
      </p>
      <div className="mt-6 rounded-md border-l-4 border-red-700 bg-bg p-4 dark:border-red-400">
        <p className="font-semibold">Your private dashboard link: keep it to yourself</p>
        <p className="mt-1 text-sm text-muted">
          Anyone with it can control the room. It is saved in this browser; copy it to open the dashboard elsewhere. It cannot be shown again.
        </p>
        <p className="mt-2">
          <code className="break-all" data-testid="dashboard-link">
            {origin}
            {dashboard}
          </code>{' '}
          <CopyButton text={`${origin}${dashboard}`} label="Copy dashboard link" />
        </p>
      </div>
      <p className="mt-4 text-sm text-muted">The room and everything in it is deleted on {new Date(expiresAt).toLocaleString()} (or when you delete it).</p>
      <Link href={dashboard} className="mt-5 inline-flex rounded-md bg-accent px-4 py-2 font-medium text-accent-fg no-underline hover:opacity-90">
        Open the dashboard
      </Link>
    </section>
  );
}
