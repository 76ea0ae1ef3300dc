'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { startHost } from './host-session';
import { mountTerminal } from './xterm-view';

interface Props {
  log: RefObject<HTMLDivElement | null>;
  onReady: () => void;
  onError: () => void;
}

/**
 * The live terminal: xterm plus a fresh simulated host. Loaded only through next/dynamic in
 * terminal-panel.tsx, so none of this is in a page's first-load JS; Next preloads this chunk at low
 * priority from the page's <head>.
 * The simulator's Web Worker is started first (it loads and evaluates the simulator on its own
 * thread), then xterm mounts (prompt shown, keystrokes taken); what is entered before the worker's
 * session is ready runs once it attaches.
 */
export default function XtermScreen({ log, onReady, onError }: Props) {
  const screen = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!screen.current || !log.current) return;
    let live = true;
    const host = startHost(location.pathname);
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
