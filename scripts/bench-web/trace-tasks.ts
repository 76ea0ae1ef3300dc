/**
 * Reads a Chrome trace (Tracing's JSON events) into the renderer main thread's tasks up to a
 * performance mark, each with a one-line summary of what it spent its time on. Used by trace.ts.
 */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

export interface Task {
  /** ms from the page's time origin (navigation start), like performance.now(). */
  start: number;
  duration: number;
  summary: string;
}

/** Child events worth naming, and how to describe each. */
const DESCRIBE: Record<string, (e: TraceEvent) => string> = {
  EvaluateScript: (e) => `eval ${file(e.args?.data?.url)}`,
  'v8.compile': (e) => `compile ${file(e.args?.data?.url)}`,
  'v8.compileModule': (e) => `compile module ${file(e.args?.data?.url)}`,
  'v8.evaluateModule': () => 'eval module',
  FunctionCall: (e) => `call ${String(e.args?.data?.functionName || '(anon)')}@${file(e.args?.data?.url)}`,
  ParseHTML: () => 'parse HTML',
  ParseAuthorStyleSheet: (e) => `parse CSS ${file(e.args?.data?.styleSheetUrl)}`,
  UpdateLayoutTree: () => 'style',
  Layout: () => 'layout',
  PrePaint: () => 'pre-paint',
  Paint: () => 'paint',
  Commit: () => 'commit',
  TimerFire: () => 'timer',
  EventDispatch: (e) => `event ${String(e.args?.data?.type ?? '')}`,
  FireAnimationFrame: () => 'rAF',
  RunMicrotasks: () => 'microtasks',
  'V8.GCScavenger': () => 'GC',
  MajorGC: () => 'GC',
  MinorGC: () => 'GC',
};

function file(url: unknown): string {
  if (typeof url !== 'string' || url === '') return '?';
  return url.split('/').pop()!.split('?')[0]!.slice(0, 40);
}

/** The renderer main thread that recorded `mark`: [pid, tid]. */
function markThread(events: TraceEvent[], mark: string): TraceEvent | undefined {
  return events.filter((e) => e.name === mark && e.cat?.includes('user_timing')).pop();
}

/**
 * Tasks of at least `minMs` on the thread that set `mark`, from navigation to `afterMs` past the mark. The trace's
 * clock is converted to the page's by the mark itself: it was set at `markTime` (performance.now()).
 */
export function mainThreadTasks(events: TraceEvent[], mark: string, markTime: number, minMs: number, afterMs = 0): Task[] {
  const marked = markThread(events, mark);
  if (!marked) return [];
  const threadEvents = events.filter((e) => e.pid === marked.pid && e.tid === marked.tid);
  const origin = marked.ts - markTime * 1000;
  const complete = threadEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
  const tasks = complete.filter((e) => e.name === 'RunTask' && e.ts >= origin && e.ts <= marked.ts + afterMs * 1000 && e.dur! / 1000 >= minMs);
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    const spent = new Map<string, number>();
    for (const child of complete) {
      if (child === task || child.ts < task.ts || child.ts + child.dur! > end) continue;
      const describe = DESCRIBE[child.name];
      if (!describe) continue;
      const what = describe(child);
      spent.set(what, (spent.get(what) ?? 0) + child.dur! / 1000);
    }
    const top = [...spent]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([what, msSpent]) => `${what} ${msSpent.toFixed(0)}`)
      .join(', ');
    return { start: (task.ts - origin) / 1000, duration: task.dur! / 1000, summary: top || '(other)' };
  });
}
