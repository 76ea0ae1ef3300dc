'use client';

import { useEffect, useRef, useState } from 'react';
import { hasPendingInput, onTerminalDemand } from './bridge';

type Status = 'loading' | 'ready' | 'error';

const loadView = () => import('./xterm-view');

/**
 * The terminal's place on the page. Renders a same-size placeholder at once, then loads xterm and the
 * simulator lazily: when the browser is idle, or immediately when a Run button needs it.
 */
export function TerminalPanel({ label = 'Terminal' }: { label?: string }) {
  const screen = useRef<HTMLDivElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('loading');

  useEffect(() => {
    let cancelled = false;
    let started = false;
    let cleanup: (() => void) | undefined;
    const load = () => {
      if (started) return;
      started = true;
      loadView()
        .then((view) => {
          if (cancelled || !screen.current || !log.current) return;
          cleanup = view.mountTerminal(screen.current, { log: log.current });
          setStatus('ready');
        })
        .catch(() => {
          if (!cancelled) setStatus('error');
        });
    };
    const stopDemand = onTerminalDemand(() => {
      load();
      screen.current?.scrollIntoView({ block: 'nearest' });
    });
    const idle = window.requestIdleCallback ? window.requestIdleCallback(load, { timeout: 150 }) : window.setTimeout(load, 1);
    if (hasPendingInput()) load();
    return () => {
      cancelled = true;
      stopDemand();
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      cleanup?.();
    };
  }, []);

  return (
    <section className="terminal-panel" aria-label={label} data-status={status}>
      <div className="terminal-bar">
        <span aria-hidden="true">●</span>
        <h2 className="text-sm font-medium">{label}</h2>
        <span className="ml-auto">simulated Docker host</span>
      </div>
      <div className="terminal-screen">
        <div ref={screen} className="h-full" />
        {status !== 'ready' && (
          <p className="terminal-skeleton">
            {status === 'error' ? 'The terminal could not be loaded. Reload the page to try again.' : 'Starting the terminal…'}
          </p>
        )}
      </div>
      <div ref={log} role="log" aria-label={`${label} output`} aria-live="polite" className="visually-hidden" />
    </section>
  );
}
