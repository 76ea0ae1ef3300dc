import { describe, expect, it } from 'vitest';
import { mainThreadTasks, type TraceEvent } from './trace-tasks';

const MARK = 'dockerlings:terminal-ready';
const MAIN = { pid: 7, tid: 1 };

/** A complete ('X') event on the page's main thread; times in ms, stored in µs as Chrome does. */
function slice(name: string, startMs: number, durMs: number, data?: Record<string, unknown>, thread = MAIN): TraceEvent {
  return { name, ph: 'X', ts: startMs * 1000, dur: durMs * 1000, ...thread, args: data ? { data } : {} };
}

/** The ready mark, set 1000 ms into the trace's clock; the page saw it at performance.now() = 300. */
const mark: TraceEvent = { name: MARK, ph: 'R', ts: 1_000_000, ...MAIN, cat: 'blink.user_timing' };

describe('mainThreadTasks', () => {
  const events: TraceEvent[] = [
    mark,
    // navigation started at trace time 700 ms: page time 0
    slice('RunTask', 750, 40),
    slice('EvaluateScript', 752, 30, { url: 'http://localhost/_next/static/chunks/abc123.js' }),
    slice('FunctionCall', 760, 10, { functionName: 'z', url: 'http://localhost/_next/static/chunks/abc123.js' }),
    slice('RunTask', 800, 3), // too short
    slice('RunTask', 900, 20),
    slice('Layout', 901, 12),
    slice('UpdateLayoutTree', 914, 5),
    slice('RunTask', 960, 25, undefined, { pid: 8, tid: 1 }), // another renderer
    slice('RunTask', 1200, 30), // after the mark
  ];

  it('lists the main thread tasks up to the mark in page time, with what each spent its time on', () => {
    const tasks = mainThreadTasks(events, MARK, 300, 8);
    expect(tasks.map((t) => [t.start, t.duration])).toEqual([
      [50, 40],
      [200, 20],
    ]);
    expect(tasks[0]!.summary).toBe('eval abc123.js 30, call z@abc123.js 10');
    expect(tasks[1]!.summary).toBe('layout 12, style 5');
  });

  it('can look past the mark, and returns nothing when the mark is missing', () => {
    expect(mainThreadTasks(events, MARK, 300, 8, 250).map((t) => t.start)).toEqual([50, 200, 500]);
    expect(mainThreadTasks(events.slice(1), MARK, 300, 8)).toEqual([]);
  });
});
