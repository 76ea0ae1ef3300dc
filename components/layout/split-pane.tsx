'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { SPLIT_KEY } from './theme-script';

const MIN = 25;
const MAX = 75;
const STEP = 5;

function clamp(n: number): number {
  return Math.round(Math.min(MAX, Math.max(MIN, n)));
}

const DEFAULT = 55;

/** The remembered width (the head script already applied it to --split before the first paint). */
function storedSplit(): number | null {
  try {
    const stored = Number(localStorage.getItem(SPLIT_KEY));
    return stored >= MIN && stored <= MAX ? stored : null;
  } catch {
    return null;
  }
}

/**
 * Lesson prose beside the terminal. On wide screens a separator resizes the two (drag it, or focus it
 * and use ←/→, Home/End); the width is remembered. On narrow screens the panes stack.
 */
export function SplitPane({ start, end, startLabel }: { start: ReactNode; end: ReactNode; startLabel: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [split, setSplitState] = useState(DEFAULT);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const stored = storedSplit();
    if (stored !== null) setSplitState(stored);
  }, []);

  const setSplit = (value: number, persist = true) => {
    const next = clamp(value);
    setSplitState(next);
    document.documentElement.style.setProperty('--split', `${next}%`);
    if (persist) {
      try {
        localStorage.setItem(SPLIT_KEY, String(next));
      } catch {
        /* not remembered */
      }
    }
  };

  const fromPointer = (e: PointerEvent, persist: boolean) => {
    const rect = box.current?.getBoundingClientRect();
    if (rect && rect.width > 0) setSplit(((e.clientX - rect.left) / rect.width) * 100, persist);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = { ArrowLeft: split - STEP, ArrowRight: split + STEP, Home: MIN, End: MAX };
    const target = moves[e.key];
    if (target === undefined) return;
    e.preventDefault();
    setSplit(target);
  };

  return (
    <div ref={box} className="lesson-split">
      <div id="lesson-pane" className="split-prose">
        {start}
      </div>
      <div
        role="separator"
        tabIndex={0}
        aria-orientation="vertical"
        aria-controls="lesson-pane"
        aria-label={`Resize ${startLabel} and terminal`}
        aria-valuemin={MIN}
        aria-valuemax={MAX}
        aria-valuenow={split}
        className="split-handle"
        data-dragging={dragging ? '' : undefined}
        onKeyDown={onKeyDown}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setDragging(true);
        }}
        onPointerMove={(e) => dragging && fromPointer(e, false)}
        onPointerUp={(e) => {
          setDragging(false);
          fromPointer(e, true);
        }}
      />
      <div className="split-terminal">{end}</div>
    </div>
  );
}
