'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { createHostSession } from '@/lib/host';
import { lessonAgent } from '../exercise/agent/lesson-agent';
import { mountTerminal } from './xterm-view';

/**
 * The live terminal: xterm plus a fresh simulated host. Loaded only through next/dynamic in
 * terminal-panel.tsx (ssr: false), so none of this is in a page's first-load JS; Next preloads the
 * chunk at low priority from the page's <head>.
 */
export default function XtermScreen({ log, onReady }: { log: RefObject<HTMLDivElement | null>; onReady: () => void }) {
  const screen = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!screen.current || !log.current) return;
    const agent = lessonAgent(createHostSession(), location.pathname);
    const unmount = mountTerminal(screen.current, { log: log.current, session: agent.session, connect: agent.connectTerminal });
    onReady();
    return () => {
      unmount();
      agent.dispose();
    };
  }, [log, onReady]);

  return <div ref={screen} className="h-full" />;
}
