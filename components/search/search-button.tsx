'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { isSearchShortcut } from './hotkeys';

/** The dialog, MiniSearch and the index load only when search is first opened (not first-load JS). */
const SearchDialog = lazy(() => import('./search-dialog'));

/** "Search" in the header; `/` and Ctrl+K open it too. */
export function SearchButton() {
  // null until first opened: the dialog's code is not even requested before that.
  const [open, setOpen] = useState<boolean | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      setOpen(true);
    };
    document.addEventListener('keydown', onKey, { capture: true });
    return () => document.removeEventListener('keydown', onKey, { capture: true });
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="/ Control+K"
        className="inline-flex h-9 items-center gap-2 rounded-md border border-border px-2 text-sm hover:border-accent sm:px-3"
      >
        <span aria-hidden="true">⌕</span>
        <span className="sr-only sm:not-sr-only">Search</span>
      </button>
      {open !== null && (
        <Suspense fallback={null}>
          <SearchDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
