'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { mountTerminal } from './xterm-view';

/** The simulator chunk; terminal-panel has usually started this import already (same promise). */
export const loadHostSession = () => import('./host-session');

/**
 * The live terminal: xterm plus a fresh simulated host. Loaded only through next/dynamic in
 * terminal-panel.tsx, so none of this is in a page's first-load JS; Next preloads this chunk at low
 * priority from the page's <head>, and the simulator chunk loads beside it (see host-session.ts).
 */
export default function XtermScreen({ log, onReady }: { log: RefObject<HTMLDivElement | null>; onReady: () => void }) {
  const screen = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    let cleanup = () => {};
    void loadHostSession().then(({ createHostSession, lessonAgent }) => {
      if (!live || !screen.current || !log.current) return;
      const agent = lessonAgent(createHostSession(), location.pathname);
      const unmount = mountTerminal(screen.current, { log: log.current, session: agent.session, connect: agent.connectTerminal });
      cleanup = () => {
        unmount();
        agent.dispose();
      };
      onReady();
    }, () => undefined); // terminal-panel shows the load error
    return () => {
      live = false;
      cleanup();
    };
  }, [log, onReady]);

  return <div ref={screen} className="h-full" />;
}
