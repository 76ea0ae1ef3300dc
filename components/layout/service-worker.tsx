'use client';

import { useEffect } from 'react';

/**
 * Registers the service worker (public/sw.js, built by `serwist build`) once the page has loaded and
 * the browser is idle, so installing it (it precaches the whole course) never competes with the first
 * paint or the terminal. Production only: `next dev` has no sw.js.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const register = () => {
      const idle = window.requestIdleCallback ?? ((cb: () => void, _options?: IdleRequestOptions) => window.setTimeout(cb, 1000));
      idle(() => void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined), { timeout: 5000 });
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);
  return null;
}
