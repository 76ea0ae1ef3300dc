'use client';

import { useEffect, useState } from 'react';
import { THEME_KEY } from './theme-script';

type Theme = 'light' | 'dark';

function current(): Theme {
  return document.documentElement.getAttribute('data-theme') === 'dark' ? 'dark' : 'light';
}

function apply(theme: Theme): void {
  document.documentElement.setAttribute('data-theme', theme);
}

/** Light/dark switch. Follows the system until the learner picks one; the choice is remembered. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    setTheme(current());
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = (e: MediaQueryListEvent) => {
      if (localStorage.getItem(THEME_KEY)) return;
      const next = e.matches ? 'dark' : 'light';
      apply(next);
      setTheme(next);
    };
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const toggle = () => {
    const next: Theme = current() === 'dark' ? 'light' : 'dark';
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      /* storage may be blocked; the switch still works for this page */
    }
    apply(next);
    setTheme(next);
  };

  const dark = theme === 'dark';
  return (
    <button
      type="button"
      onClick={toggle}
      aria-pressed={theme === null ? undefined : dark}
      className="inline-flex h-9 items-center gap-2 rounded-md border border-border px-2 text-sm hover:border-accent sm:px-3"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span className="sr-only sm:not-sr-only">Dark mode</span>
    </button>
  );
}
