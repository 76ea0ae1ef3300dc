'use client';

import dynamic from 'next/dynamic';
import { Component, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { onTerminalInput } from './bridge';

type Status = 'loading' | 'ready' | 'error';

/**
 * Server-rendered as an empty box, so Next emits a low-priority <link rel="preload"> for the chunk in
 * the page's <head>; `loading` gives it its own Suspense boundary, so the rest of the page hydrates
 * without waiting for it. The chunk is not part of the first-load JS.
 */
const XtermScreen = dynamic(() => import('./xterm-screen'), { loading: () => null });

/** Shows the error message instead of crashing the page when the terminal chunk cannot load. */
class LoadBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch() {
    this.props.onError();
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The terminal's place on the page: a same-size placeholder at once, then xterm and the simulator,
 * loaded lazily on the client. Run buttons pressed before it is ready are queued by the bridge.
 */
export function TerminalPanel({ label = 'Terminal' }: { label?: string }) {
  const section = useRef<HTMLElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  const onReady = useCallback(() => setStatus('ready'), []);
  const onError = useCallback(() => setStatus('error'), []);

  useEffect(() => onTerminalInput(() => section.current?.scrollIntoView({ block: 'nearest' })), []);

  return (
    <section ref={section} className="terminal-panel" aria-label={label} data-status={status}>
      <div className="terminal-bar">
        <span aria-hidden="true">●</span>
        <h2 className="text-sm font-medium">{label}</h2>
        <span className="ml-auto hidden sm:inline">simulated Docker host · Esc then Tab to leave</span>
      </div>
      <div className="terminal-screen">
        <LoadBoundary onError={onError}>
          <XtermScreen log={log} onReady={onReady} onError={onError} />
        </LoadBoundary>
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
