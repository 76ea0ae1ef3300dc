'use client';

import { useEffect } from 'react';

const DELAY_MS = 3000;

/**
 * On pages without a terminal (home, course map, exam…), loads the terminal's code (xterm and the
 * simulator) once the page has been idle for a while, so following a link to a lesson or the
 * playground starts the terminal from memory instead of downloading and evaluating ~500 KB of
 * gzipped JS first. Waits well past the load event so it never competes with the page itself.
 */
export function TerminalPreload() {
  useEffect(() => {
    if (document.querySelector('.terminal-panel')) return;
    let timer = 0;
    let idle = 0;
    const start = () => {
      timer = window.setTimeout(() => {
        const run = () => void Promise.all([import('./xterm-screen'), import('./host-session')]).catch(() => undefined);
        if ('requestIdleCallback' in window) idle = window.requestIdleCallback(run, { timeout: 5000 });
        else run();
      }, DELAY_MS);
    };
    if (document.readyState === 'complete') start();
    else window.addEventListener('load', start, { once: true });
    return () => {
      window.removeEventListener('load', start);
      window.clearTimeout(timer);
      if (idle) window.cancelIdleCallback(idle);
    };
  }, []);
  return null;
}
