/**
 * The worker's side: on `start`, creates the simulated host and the lesson's exercise agent, then
 * answers the terminal's shell calls in order and relays the panels' exercises. The agent's store,
 * workshop reports and panel statuses are messages to the page. Runs in the Web Worker
 * (host.worker.ts) and, in tests, on one end of a MessageChannel.
 */
import { createExerciseAgent } from '@/components/exercise/agent/agent';
import type { ExerciseAgent } from '@/components/exercise/protocol';
import { createHostSession } from '@/lib/host';
import type { ShellSession } from '@/lib/shell/types';
import { historyDelta } from './history-delta';
import { MirrorStore } from './mirror-store';
import type { CallName, PageMessage, Port, ShellCall, ShellCalls, ShellView, WorkerMessage } from './protocol';

export interface ServeOptions {
  now: () => number;
  /** After `dispose`: the worker closes itself. */
  onDisposed?: () => void;
}

type Agent = ReturnType<typeof createExerciseAgent>;

/** Calls after which the history may have changed (it is sent back only then). */
const CHANGES_HISTORY: ReadonlySet<CallName> = new Set(['run', 'interrupt']);

function answerOf(session: ShellSession, call: ShellCall): ShellCalls[CallName]['answer'] {
  switch (call.name) {
    case 'run':
      return session.run(...call.args);
    case 'needsMore':
      return session.needsMore(...call.args);
    case 'complete':
      return session.complete(...call.args);
    case 'interrupt':
      return session.interrupt();
  }
}

export function serveHost(port: Port<WorkerMessage, PageMessage>, opts: ServeOptions): void {
  const post = (message: WorkerMessage) => port.postMessage(message);
  let agent: Agent | null = null;
  let store: MirrorStore | null = null;
  /** The agent's side of the panels' bus: exercises come from the page, statuses go back. */
  let listener: ExerciseAgent | null = null;

  /** The history as the page's copy has it (every view sent carries the change since). */
  let sentHistory: readonly string[] = [];
  const view = (withHistory: boolean): ShellView => {
    const session = agent!.session;
    const shown = { prompt: session.prompt(), asking: session.asking?.() ?? null };
    if (!withHistory) return shown;
    const history = session.history();
    const delta = historyDelta(sentHistory, history);
    sentHistory = [...history];
    return { ...shown, history: delta };
  };

  function start(lesson: string | null, stored: Record<string, string>): void {
    sentHistory = [];
    store = new MirrorStore(stored, (key, value) => post({ type: 'store', key, value }));
    agent = createExerciseAgent(createHostSession(), {
      lesson,
      store,
      now: opts.now,
      report: (event) => post({ type: 'report', event }),
      bus: {
        connect(next) {
          listener = next;
          return () => void (listener === next && (listener = null));
        },
        publish: (id, status) => post({ type: 'status', id, status }),
      },
      // Saving costs the page nothing but one localStorage write: save right after each change, so
      // a reload (the page cannot wait for the worker while it unloads) finds the latest state.
      saveDelayMs: 0,
    });
    agent.connectTerminal({ notice: (text) => post({ type: 'notice', text, view: view(true) }) });
    post({ type: 'ready', view: view(true) });
  }

  function call(session: ShellSession, message: ShellCall): void {
    try {
      const value = answerOf(session, message);
      // The union of answers cannot be narrowed from `message.name` by the compiler; answerOf pairs them.
      post({ type: 'answer', id: message.id, name: message.name, value, view: view(CHANGES_HISTORY.has(message.name)) } as WorkerMessage);
    } catch (error) {
      post({ type: 'call-failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
    }
  }

  function receive(message: PageMessage): void {
    if (message.type === 'start') {
      try {
        start(message.lesson, message.stored);
      } catch (error) {
        post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    if (message.type === 'stored') return store?.changed(message.key, message.value);
    if (!agent) return;
    switch (message.type) {
      case 'call':
        return call(agent.session, message);
      case 'exercise-added':
        return listener?.added(message.spec);
      case 'exercise-removed':
        return listener?.removed(message.id);
      case 'exercise-act':
        return listener?.act(message.id, message.action);
      case 'flush':
        return agent.flush();
      case 'dispose':
        agent.dispose();
        agent = null;
        port.removeEventListener('message', onMessage);
        post({ type: 'disposed' });
        return opts.onDisposed?.();
    }
  }

  const onMessage = (event: { data: PageMessage }) => receive(event.data);
  port.addEventListener('message', onMessage);
}
