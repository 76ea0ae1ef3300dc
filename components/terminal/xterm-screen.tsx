'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { mountTerminal } from './xterm-view';

/** The simulator chunk (idle-tasks may have loaded it already on another page: same module). */
export const loadHostSession = () => import('./host-session');

interface Props {
  log: RefObject<HTMLDivElement | null>;
  onReady: () => void;
  onError: () => void;
}

/**
 * The live terminal: xterm plus a fresh simulated host. Loaded only through next/dynamic in
 * terminal-panel.tsx, so none of this is in a page's first-load JS; Next preloads this chunk at low
 * priority from the page's <head>.
 * xterm mounts (prompt shown, keystrokes taken) as soon as this chunk runs; only then is the simulator
 * chunk loaded and evaluated (a long task that would otherwise delay the prompt), and what was entered
 * meanwhile runs once its session attaches.
 */
export default function XtermScreen({ log, onReady, onError }: Props) {
  const screen = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!screen.current || !log.current) return;
    let live = true;
    let disposeAgent = () => {};
    const view = mountTerminal(screen.current, { log: log.current });
    onReady();
    void loadHostSession().then(({ createHostSession, lessonAgent }) => {
      if (!live) return;
      const agent = lessonAgent(createHostSession(), location.pathname);
      view.attach(agent.session, agent.connectTerminal);
      disposeAgent = () => agent.dispose();
    }, onError);
    return () => {
      live = false;
      view.dispose();
      disposeAgent();
    };
  }, [log, onReady, onError]);

  return <div ref={screen} className="h-full" />;
}
