'use client';

import { useEffect, useRef } from 'react';
import { highlight, snippet, type SnippetPart } from '@/lib/search/snippet';
import type { SearchKind } from '@/lib/search/types';
import type { Hit } from './search-dialog';

/** Text parts as text nodes, matches in <mark>: never parsed as HTML. */
function Marked({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}

const KIND: Record<SearchKind, string> = { lesson: 'Lesson', exercise: 'Exercise', quiz: 'Quiz' };

/** One option: kind and lesson, the section title, and a quote with the matched words in <mark>. */
export function SearchResult({ id, hit, active, onPick, onHover }: { id: string; hit: Hit; active: boolean; onPick: () => void; onHover: () => void }) {
  const item = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) item.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <li ref={item} id={id} role="option" aria-selected={active} className="search-result" onClick={onPick} onPointerMove={onHover} data-href={hit.href}>
      <span className="search-kind">
        {KIND[hit.kind]} · {hit.lesson}
      </span>
      <span className="search-title">
        <Marked parts={highlight(hit.title, hit.terms)} />
      </span>
      <span className="search-snippet">
        <Marked parts={snippet(hit.text, hit.terms)} />
      </span>
    </li>
  );
}
