'use client';

import { useEffect } from 'react';

/**
 * Work for after the page has loaded, when the browser is idle, so it never competes with the first
 * paint or the terminal:
 *  - register the service worker (public/sw.js, built by `serwist build`; it precaches the whole
 *    course). Production only: `next dev` has no sw.js.
 *  - on pages without a terminal (home, exam…), a few seconds later, load the terminal's code (xterm and
 *    the simulator), so a link to a lesson or the playground starts the terminal from memory.
 */
export function IdleTasks() {
  useEffect(() => {
    const later = (fn: () => void, ms: number) =>
      window.setTimeout(() => (window.requestIdleCallback ? window.requestIdleCallback(fn, { timeout: 5000 }) : fn()), ms);
    const start = () => {
      if (process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator) {
        later(() => void navigator.serviceWorker.register('/sw.js').catch(() => undefined), 0);
      }
      if (!document.querySelector('.terminal-panel')) {
        later(() => void Promise.all([import('../terminal/xterm-screen'), import('../terminal/host-session')]).catch(() => undefined), 3000);
      }
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
  }, []);
  return null;
}
