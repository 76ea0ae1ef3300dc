'use client';

import { useEffect, useState } from 'react';
import { SECRET_TOKEN_PATTERN } from '@/lib/workshop/ids';
import { readInstructorKeys, rememberInstructorKey } from '../membership';

/** Pull a key out of a pasted dashboard link or take it as is. */
export function keyFrom(input: string): string | null {
  const trimmed = input.trim();
  const fromLink = /[#&]key=([A-Za-z0-9_-]{43})/.exec(trimmed)?.[1];
  const key = fromLink ?? trimmed;
  return SECRET_TOKEN_PATTERN.test(key) ? key : null;
}

/**
 * The instructor key for this room: from the link's fragment (`#key=…`, never sent to the server in
 * the URL), then remembered in localStorage and removed from the address bar (screen sharing!).
 */
export function useInstructorKey(code: string): [string | null, boolean, (key: string) => void] {
  const [key, setKey] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const fromHash = keyFrom(window.location.hash);
    if (fromHash) {
      rememberInstructorKey(code, fromHash, readInstructorKeys()[code]?.title ?? '');
      history.replaceState(null, '', window.location.pathname + window.location.search);
    }
    setKey(fromHash ?? readInstructorKeys()[code]?.key ?? null);
    setReady(true);
  }, [code]);
  const use = (k: string) => {
    rememberInstructorKey(code, k, readInstructorKeys()[code]?.title ?? '');
    setKey(k);
  };
  return [key, ready, use];
}
