'use client';

import dynamic from 'next/dynamic';
import { Component, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { onTerminalInput } from './bridge';

type Status = 'loading' | 'ready' | 'error';
type ScreenModule = typeof import('./xterm-screen');
type Screen = ScreenModule['default'];

/**
 * The xterm chunk (not first-load JS) is requested as soon as this module is evaluated in the browser,
 * that is while the page's first-load JS runs, before hydration; it is mounted by the panel's effect.
 * No next/dynamic: its Suspense boundary would hydrate after the lesson prose (a long walk) and only
 * then evaluate the chunk. idle-tasks imports the same module to warm it up on other pages.
 */
let screen: Promise<ScreenModule> | null = null;
const loadScreen = () => (screen ??= import('./xterm-screen'));
if (typeof window !== 'undefined') loadScreen().catch(() => undefined);

/**
 * Renders nothing; there for the server render, where next/dynamic puts a <link rel="preload"> for
 * the xterm chunk in the page's <head>, so a first visit fetches it beside the first-load JS instead
 * of only once that JS has run (the import above then finds it in the HTTP cache).
 */
const XtermChunkPreload = dynamic(() => import('./xterm-screen').then(() => Nothing), { loading: () => null });
function Nothing() {
  return null;
}

/** Shows the error message instead of crashing the page when the terminal fails to start. */
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
 * The terminal's place on the page: a same-size placeholder at once (the server renders it, hydration
 * keeps it), then xterm and the simulator on the client. Run buttons pressed before it is ready are
 * queued by the bridge.
 */
export function TerminalPanel({ label = 'Terminal' }: { label?: string }) {
  const section = useRef<HTMLElement>(null);
  const log = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>('loading');
  // A component in state: set once its chunk is in, after hydration (the server rendered none).
  const [XtermScreen, setXtermScreen] = useState<Screen | null>(null);
  const onReady = useCallback(() => setStatus('ready'), []);
  const onError = useCallback(() => setStatus('error'), []);

  useEffect(() => onTerminalInput(() => section.current?.scrollIntoView({ block: 'nearest' })), []);
  useEffect(() => {
    let live = true;
    loadScreen().then(
      (module) => live && setXtermScreen(() => module.default),
      () => live && onError(),
    );
    return () => {
      live = false;
    };
  }, [onError]);

  return (
    <section ref={section} className="terminal-panel" aria-label={label} data-status={status}>
      <div className="terminal-bar">
        <span aria-hidden="true">●</span>
        <h2 className="text-sm font-medium">{label}</h2>
        <span className="ml-auto hidden sm:inline">simulated Docker host · Esc then Tab to leave</span>
      </div>
      <div className="terminal-screen">
        <XtermChunkPreload />
        <LoadBoundary onError={onError}>{XtermScreen && <XtermScreen log={log} onReady={onReady} onError={onError} />}</LoadBoundary>
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
