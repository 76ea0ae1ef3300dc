'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import type { JoinedWorkshop } from '@/lib/workshop/api-types';
import { normaliseCode } from '@/lib/workshop/ids';
import { ApiError, workshopApi } from './api';
import { saveMembership } from './membership';
import { Alert, Button, Field, inputClass } from './ui';

export function membershipOf(joined: JoinedWorkshop, rejoinCode: string | null) {
  return {
    v: 1 as const,
    code: joined.workshop.code,
    title: joined.workshop.title,
    learnerId: joined.learnerId,
    name: joined.name,
    token: joined.token,
    rejoinCode,
    lessons: joined.workshop.lessons,
  };
}

/** Join a room (code + display name) or, with `rejoin`, come back on another device. */
export function JoinForm({ initialCode = '', rejoin = false }: { initialCode?: string; rejoin?: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const prefix = rejoin ? 'rejoin' : 'join';

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const code = String(form.get('code') ?? '');
    const name = String(form.get('name') ?? '');
    setBusy(true);
    setError(null);
    try {
      const joined = rejoin
        ? await workshopApi.rejoin({ code, name, rejoinCode: String(form.get('rejoinCode') ?? '') })
        : await workshopApi.join({ code, name });
      saveMembership(membershipOf(joined, rejoin ? normaliseCode(String(form.get('rejoinCode') ?? '')) : joined.rejoinCode));
      router.push(rejoin ? '/workshop/room' : '/workshop/room?welcome=1');
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
      setBusy(false);
    }
  }

  const fieldError = (f: string) => error?.fields[f];
  return (
    <form onSubmit={submit} noValidate aria-label={rejoin ? 'Rejoin a workshop' : 'Join a workshop'}>
      {error && !Object.keys(error.fields).length && <Alert>{error.message}</Alert>}
      <Field id={`${prefix}-code`} label="Room code" hint="Six letters and digits, from your instructor." error={fieldError('code')}>
        <input
          id={`${prefix}-code`}
          name="code"
          defaultValue={initialCode}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          maxLength={20}
          className={`${inputClass} font-mono uppercase tracking-widest`}
          aria-invalid={!!fieldError('code')}
          aria-describedby={`${prefix}-code-hint${fieldError('code') ? ` ${prefix}-code-error` : ''}`}
        />
      </Field>
      <Field id={`${prefix}-name`} label="Your display name" hint={rejoin ? 'The name you joined with.' : 'Shown to your instructor. Only this name is stored.'} error={fieldError('name')}>
        <input
          id={`${prefix}-name`}
          name="name"
          autoComplete="nickname"
          required
          maxLength={40}
          className={inputClass}
          aria-invalid={!!fieldError('name')}
          aria-describedby={`${prefix}-name-hint${fieldError('name') ? ` ${prefix}-name-error` : ''}`}
        />
      </Field>
      {rejoin && (
        <Field id="rejoin-secret" label="Rejoin code" hint="Shown when you first joined (eight letters and digits)." error={fieldError('rejoinCode')}>
          <input id="rejoin-secret" name="rejoinCode" autoComplete="off" spellCheck={false} required maxLength={20} className={`${inputClass} font-mono uppercase tracking-widest`} aria-invalid={!!fieldError('rejoinCode')} />
        </Field>
      )}
      <Button type="submit" disabled={busy}>
        {busy ? 'Joining…' : rejoin ? 'Rejoin' : 'Join'}
      </Button>
    </form>
  );
}
