'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { WorkshopInfo } from '@/lib/workshop/api-types';
import { formatCode } from '@/lib/workshop/ids';
import { CopyButton } from '../copy-button';
import { type LessonIndex, lessonTitle, presenterHref } from '../lesson-index';
import { CodeBadge } from '../ui';

/** The code to project, the join link, and presenter views of the workshop's lessons. */
export function SharePanel({ workshop, index }: { workshop: WorkshopInfo; index: LessonIndex }) {
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const join = `${origin}/workshop/join?code=${workshop.code}`;
  return (
    <div className="space-y-3">
      <p>
        Room code <CodeBadge code={formatCode(workshop.code)} />
      </p>
      <p className="text-sm">
        Join link: <code className="break-all">{join}</code> <CopyButton text={join} label="Copy" />
      </p>
      <details>
        <summary className="cursor-pointer font-medium">Present a lesson (large type, for the projector)</summary>
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm">
          {workshop.lessons.map((key) => (
            <li key={key}>
              <Link href={presenterHref(key)} target="_blank" className="text-accent underline">
                {lessonTitle(index, key)}
              </Link>
            </li>
          ))}
        </ol>
      </details>
      <p className="text-xs text-muted">Deleted automatically on {new Date(workshop.expiresAt).toLocaleString()}.</p>
    </div>
  );
}
