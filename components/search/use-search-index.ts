'use client';

import type MiniSearch from 'minisearch';
import { useEffect, useState } from 'react';
import { INDEX_OPTIONS, SEARCH_INDEX_URL } from '@/lib/search/options';
import type { SearchDoc } from '@/lib/search/types';

export type IndexState = { status: 'loading' } | { status: 'ready'; index: MiniSearch<SearchDoc> } | { status: 'error' };

let loading: Promise<MiniSearch<SearchDoc>> | null = null;

/** Fetched and parsed once per page load; the service worker keeps a copy for offline use. */
function loadIndex(): Promise<MiniSearch<SearchDoc>> {
  loading ??= Promise.all([import('minisearch'), fetch(SEARCH_INDEX_URL).then((r) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))])
    .then(([{ default: MiniSearchClass }, json]) => MiniSearchClass.loadJSON<SearchDoc>(json, INDEX_OPTIONS))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

export function useSearchIndex(): IndexState {
  const [state, setState] = useState<IndexState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadIndex().then(
      (index) => live && setState({ status: 'ready', index }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
