'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { QUERY_OPTIONS } from '@/lib/search/options';
import type { SearchDoc, SearchKind } from '@/lib/search/types';
import { SearchResult } from './search-result';
import { useSearchIndex } from './use-search-index';
import './search.css';

const LIMIT = 20;
export type Hit = SearchDoc & { terms: string[] };

/**
 * A modal dialog with a combobox: the input owns focus, ↑/↓ move through the results (announced via
 * aria-activedescendant), Enter opens one at its section, Esc closes. The native <dialog> keeps focus
 * inside and returns it to the Search button when closed.
 */
export default function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();
  const state = useSearchIndex();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ids = useId();

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      input.current?.select();
    } else if (!open && el.open) el.close();
  }, [open]);

  const hits = useMemo<Hit[]>(() => {
    if (state.status !== 'ready' || query.trim().length < 2) return [];
    return state.index
      .search(query, QUERY_OPTIONS)
      .slice(0, LIMIT)
      .map((r) => ({ ...(r as unknown as SearchDoc), id: String(r.id), kind: r.kind as SearchKind, terms: r.terms }));
  }, [state, query]);

  const go = (hit: Hit | undefined) => {
    if (!hit) return;
    onClose();
    router.push(hit.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: hits.length - 1 };
    if (e.key in moves && hits.length > 0 && (e.key.startsWith('Arrow') || e.ctrlKey)) {
      e.preventDefault();
      setActive((moves[e.key]! + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(hits[active]);
    }
  };

  const status =
    state.status === 'loading'
      ? 'Loading the search index…'
      : state.status === 'error'
        ? 'Search is unavailable right now.'
        : query.trim().length < 2
          ? 'Type at least two letters.'
          : `${hits.length === LIMIT ? `${LIMIT}+` : hits.length} result${hits.length === 1 ? '' : 's'}`;
  const listId = `${ids}-list`;

  return (
    <dialog ref={dialog} className="search-dialog" aria-labelledby={`${ids}-title`} onClose={onClose} onCancel={onClose}>
      <div className="search-head">
        <h2 id={`${ids}-title`} className="visually-hidden">
          Search the course
        </h2>
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-label="Search lessons, exercises and quiz explanations"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? `${ids}-opt-${active}` : undefined}
          placeholder="Search lessons, exercises, quizzes"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="search-close" onClick={onClose}>
          Close<span className="visually-hidden"> search</span>
        </button>
      </div>
      <p className="search-status" role="status">
        {status}
      </p>
      <ul id={listId} role="listbox" aria-label="Results" className="search-results">
        {hits.map((hit, i) => (
          <SearchResult key={hit.id} id={`${ids}-opt-${i}`} hit={hit} active={i === active} onPick={() => go(hit)} onHover={() => setActive(i)} />
        ))}
      </ul>
    </dialog>
  );
}
