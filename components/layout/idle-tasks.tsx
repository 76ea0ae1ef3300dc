'use client';

import { useEffect } from 'react';

/**
 * Work kept away from the page's own load:
 *  - once loaded and idle, register the service worker (public/sw.js, built by `serwist build`; it
 *    precaches the whole course). Production only: `next dev` has no sw.js.
 *  - on pages without a terminal, load the terminal's code (xterm and the simulator) as soon as a link
 *    to a lesson or the playground is pointed at or focused, or else after a long idle spell, so the
 *    terminal starts from memory after the click without taxing the page's first seconds.
 */
export function IdleTasks() {
  useEffect(() => {
    const idle = (fn: () => void, ms: number) => window.setTimeout(() => (window.requestIdleCallback ?? ((f: () => void) => f()))(fn), ms);
    let done = document.querySelector('.terminal-panel') !== null;
    const preload = () => {
      if (done) return;
      done = true;
      void Promise.all([import('../terminal/xterm-screen'), import('../terminal/host-session')]).catch(() => undefined);
    };
    const intent = (e: Event) => {
      if ((e.target as Element).closest?.('a[href^="/learn/"], a[href="/playground"]')) preload();
    };
    const start = () => {
      if (process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator) idle(() => void navigator.serviceWorker.register('/sw.js').catch(() => undefined), 0);
      idle(preload, 10_000);
    };
    document.addEventListener('pointerover', intent);
    document.addEventListener('focusin', intent);
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  }, []);
  return null;
}
