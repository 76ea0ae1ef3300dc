'use client';

import { type FormEvent, useState } from 'react';
import type { CreatedWorkshop } from '@/lib/workshop/api-types';
import { ApiError, workshopApi } from './api';
import { CreatedPanel } from './created-panel';
import type { ModuleChoice } from './lesson-index';
import { rememberInstructorKey } from './membership';
import { ModulePicker } from './module-picker';
import { Alert, Button, Field, inputClass } from './ui';

/** The instructor's form: title, lessons/modules, optional quizzes and exam. */
export function CreateForm({ modules }: { modules: ModuleChoice[] }) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<CreatedWorkshop | null>(null);

  if (created) return <CreatedPanel created={created} />;

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const order = modules.flatMap((m) => m.lessons.map((l) => l.key));
    setBusy(true);
    setError(null);
    try {
      const result = await workshopApi.create({
        title: String(form.get('title') ?? ''),
        lessons: order.filter((k) => selected.has(k)),
        quizzes: form.get('quizzes') === 'on',
        exam: form.get('exam') === 'on',
      });
      rememberInstructorKey(result.workshop.code, result.instructorKey, result.workshop.title);
      setCreated(result);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'error', String(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Create a workshop">
      {error && <Alert>{error.message}</Alert>}
      <Field id="ws-title" label="Title" hint="What learners see, e.g. “Docker basics, Tuesday group”." error={error?.fields.title}>
        <input id="ws-title" name="title" required maxLength={120} className={inputClass} aria-describedby="ws-title-hint" />
      </Field>
      <ModulePicker modules={modules} selected={selected} onChange={setSelected} error={error?.fields.lessons} />
      <fieldset className="mb-6">
        <legend className="mb-2 font-medium">Assessment (optional)</legend>
        <label className="mb-1 flex items-center gap-2">
          <input type="checkbox" name="quizzes" /> Learners take the lesson quizzes (scores show on the dashboard)
        </label>
        <label className="flex items-center gap-2">
          <input type="checkbox" name="exam" /> End with the practice exam
        </label>
      </fieldset>
      <Button type="submit" disabled={busy}>
        {busy ? 'Creating…' : `Create the workshop (${selected.size} lesson${selected.size === 1 ? '' : 's'})`}
      </Button>
    </form>
  );
}
