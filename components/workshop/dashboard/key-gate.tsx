'use client';

import { type FormEvent, useState } from 'react';
import { Alert, Button, Field, inputClass } from '../ui';
import { keyFrom } from './use-instructor-key';

/** Asked when this browser has no key for the room: paste the private dashboard link or key. */
export function KeyGate({ onKey, refused }: { onKey(key: string): void; refused: boolean }) {
  const [error, setError] = useState<string | null>(null);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const key = keyFrom(String(new FormData(e.currentTarget).get('key') ?? ''));
    if (key) onKey(key);
    else setError('That is not a dashboard link or instructor key.');
  }
  return (
    <form onSubmit={submit} className="max-w-xl" aria-label="Instructor key">
      {refused && <Alert>This key does not open this workshop.</Alert>}
      <Field id="instructor-key" label="Private dashboard link or instructor key" hint="You got it when you created the workshop." error={error ?? undefined}>
        <input id="instructor-key" name="key" autoComplete="off" spellCheck={false} className={`${inputClass} font-mono`} />
      </Field>
      <Button type="submit">Open the dashboard</Button>
    </form>
  );
}
