'use client';

import { useEffect, useState } from 'react';
import type { QuizQuestion } from '@/lib/quiz/types';

export const BANK_URL = '/exam/bank.json';

let request: Promise<QuizQuestion[]> | null = null;

function fetchBank(): Promise<QuizQuestion[]> {
  request ??= fetch(BANK_URL).then((r) => {
    if (!r.ok) throw new Error(`the question bank did not load (HTTP ${r.status})`);
    return r.json() as Promise<QuizQuestion[]>;
  });
  request.catch(() => (request = null));
  return request;
}

export type BankState = { status: 'loading' } | { status: 'ready'; list: QuizQuestion[]; byId: Map<string, QuizQuestion> } | { status: 'error'; message: string };

/** The whole question bank, fetched once per page as static JSON (kept out of the page's JS). */
export function useBank(): BankState {
  const [state, setState] = useState<BankState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    fetchBank().then(
      (list) => live && setState({ status: 'ready', list, byId: new Map(list.map((q) => [q.id, q])) }),
      (error: Error) => live && setState({ status: 'error', message: error.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
