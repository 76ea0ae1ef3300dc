'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { MAX_MINUTES, MAX_QUESTIONS, PASS_PERCENT, PRESETS, settingsToParams } from '@/lib/quiz/exam';
import { seedText } from '@/lib/quiz/random';
import { AttemptHistory } from './attempt-history';

export interface ExamModule {
  slug: string;
  title: string;
  order: number;
  count: number;
}

function newSeed(): string {
  const bytes = crypto.getRandomValues(new Uint32Array(8));
  return seedText([...bytes].map((b) => b / 2 ** 32));
}

/** Choose modules and length (or a preset); starting puts the settings and a fresh seed in the URL. */
export function ExamSetup({ modules, preselected }: { modules: ExamModule[]; preselected: string[] }) {
  const router = useRouter();
  const initial = preselected.filter((s) => modules.some((m) => m.slug === s));
  const [chosen, setChosen] = useState<string[]>(initial.length ? initial : modules.map((m) => m.slug));
  const [preset, setPreset] = useState<string>(initial.length ? 'module' : 'full');
  const base = PRESETS.find((p) => p.id === preset);
  const [count, setCount] = useState(20);
  const [minutes, setMinutes] = useState(30);
  const available = modules.filter((m) => chosen.includes(m.slug)).reduce((n, m) => n + m.count, 0);
  const wanted = base ? base.count : count;
  const time = base ? base.minutes : minutes;

  function start(event: FormEvent) {
    event.preventDefault();
    if (chosen.length === 0) return;
    const all = chosen.length === modules.length;
    const params = settingsToParams({ modules: all ? [] : chosen, count: Math.min(wanted, available), minutes: time, seed: newSeed() });
    router.push(`/exam?${new URLSearchParams(params).toString()}`);
  }

  const toggle = (slug: string, on: boolean) => setChosen((c) => (on ? [...c, slug] : c.filter((s) => s !== slug)));

  return (
    <div className="exam-setup">
      <form onSubmit={start} className="space-y-8">
        <fieldset>
          <legend className="text-lg font-semibold">Length</legend>
          <div className="mt-3 grid gap-2 sm:grid-cols-2">
            {[...PRESETS, { id: 'custom', label: 'Custom', count, minutes }].map((p) => (
              <label key={p.id} className="quiz-option" data-chosen={preset === p.id || undefined}>
                <input type="radio" name="preset" value={p.id} checked={preset === p.id} onChange={() => setPreset(p.id)} />
                <span className="quiz-option-text">
                  <span className="font-medium">{p.label}</span>
                  {p.id !== 'custom' && (
                    <span className="block text-sm text-muted">
                      {p.count} questions, {p.minutes} minutes
                    </span>
                  )}
                </span>
              </label>
            ))}
          </div>
          {preset === 'custom' && (
            <div className="mt-4 flex flex-wrap gap-6">
              <label className="flex flex-col text-sm font-medium">
                Questions
                <input type="number" min={1} max={MAX_QUESTIONS} value={count} onChange={(e) => setCount(Number(e.target.value) || 1)} className="exam-number" />
              </label>
              <label className="flex flex-col text-sm font-medium">
                Minutes
                <input type="number" min={1} max={MAX_MINUTES} value={minutes} onChange={(e) => setMinutes(Number(e.target.value) || 1)} className="exam-number" />
              </label>
            </div>
          )}
        </fieldset>
        <fieldset>
          <legend className="text-lg font-semibold">Modules</legend>
          <p className="quiz-hint">
            {chosen.length} of {modules.length} chosen, {available} questions available.
          </p>
          <div className="mt-2 flex gap-4 text-sm">
            <button type="button" className="exam-link-button" onClick={() => setChosen(modules.map((m) => m.slug))}>
              Select all
            </button>
            <button type="button" className="exam-link-button" onClick={() => setChosen([])}>
              Clear
            </button>
          </div>
          <div className="mt-3 grid gap-2 sm:grid-cols-2">
            {modules.map((m) => (
              <label key={m.slug} className="quiz-option" data-chosen={chosen.includes(m.slug) || undefined}>
                <input type="checkbox" checked={chosen.includes(m.slug)} onChange={(e) => toggle(m.slug, e.target.checked)} />
                <span className="quiz-option-text">
                  {m.order}. {m.title} <span className="text-sm text-muted">({m.count})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <p className="text-muted">
            {Math.min(wanted, available)} questions in {time} minutes. No hints until you submit; you can flag questions and come
            back to them. Pass mark: {PASS_PERCENT}%. The link of the exam reproduces the same questions, so you can share it.
          </p>
          {wanted > available && available > 0 && (
            <p className="mt-2 text-sm">The chosen modules have {available} questions, so the exam will have {available}.</p>
          )}
          <button type="submit" className="quiz-button mt-4" disabled={chosen.length === 0} aria-disabled={chosen.length === 0}>
            Start the exam
          </button>
          {chosen.length === 0 && <p className="mt-2 text-sm">Choose at least one module.</p>}
        </div>
      </form>
      <AttemptHistory />
    </div>
  );
}
