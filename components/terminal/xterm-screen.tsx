'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { startHost } from './host-session';
import type { RemoteHost } from './worker/remote-host';
import { mountTerminal } from './xterm-view';

interface Props {
  log: RefObject<HTMLDivElement | null>;
  onReady: () => void;
  onError: () => void;
}

/**
 * The worker is started as this module is evaluated (the panel imports it before the page hydrates),
 * on a page that has a terminal (not when idle-tasks warms the module up on another page), so the
 * simulator loads on its own thread while the page hydrates and xterm mounts; the first terminal of
 * the page takes it, any later one (another page, a remount) starts its own.
 */
let early: { pathname: string; host: RemoteHost } | null =
  typeof document !== 'undefined' && typeof Worker !== 'undefined' && document.querySelector('.terminal-panel')
    ? { pathname: location.pathname, host: startHost(location.pathname) }
    : null;

function takeHost(pathname: string): RemoteHost {
  const ready = early;
  early = null;
  if (ready?.pathname === pathname) return ready.host;
  ready?.host.dispose();
  return startHost(pathname);
}

/**
 * The live terminal: xterm plus a fresh simulated host. Imported by terminal-panel.tsx as its module
 * evaluates (not first-load JS; a preload link in <head> fetches it early). The simulator's Web Worker
 * runs apart (it loads and evaluates the simulator on its own thread); xterm mounts at once (prompt
 * shown, keystrokes taken) and what is entered before the worker's session is ready runs once it
 * attaches.
 */
export default function XtermScreen({ log, onReady, onError }: Props) {
  const screen = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!screen.current || !log.current) return;
    let live = true;
    const host = takeHost(location.pathname);
    const view = mountTerminal(screen.current, { log: log.current });
    onReady();
    host.ready.then((session) => {
      if (live) view.attach(session, (terminal) => host.connectTerminal(terminal));
    }, onError);
    return () => {
      live = false;
      view.dispose();
      host.dispose();
    };
  }, [log, onReady, onError]);

  return <div ref={screen} className="h-full" />;
}
