/**
 * The exercise agent: lives next to the simulator (in the terminal's Web Worker), wraps the lesson's
 * host session and, after every command, checks every exercise on the page, recognises classic
 * mistakes and publishes the result to the panels. It also keeps an undo stack of snapshots, resets
 * to an exercise's setup, and saves the lesson's terminal so it survives a reload. The panels'
 * bus, the store and the workshop reporter are given (in a worker they are proxies to the page).
 */
import type { LearnerEvent } from '@/lib/workshop/events';
import { allMet, evaluateGoals } from '@/lib/check/evaluate';
import type { CommandRecord } from '@/lib/check/goals/context';
import { detectMisconception } from '@/lib/check/misconceptions/index';
import { applySetup, SetupError } from '@/lib/check/replay/setup';
import type { HostSession, HostSnapshot } from '@/lib/host';
import { loadTerminal, saveTerminal } from '@/lib/progress/terminal-store';
import type { KeyValueStore } from '@/lib/progress/types';
import type { RunResult, ShellSession } from '@/lib/shell/types';
import type { AgentBus, ExerciseAction, ExerciseSpec, ExerciseStatus } from '../protocol';
import { readSavedTerminal, type SavedTerminal } from './saved-terminal';

const UNDO_LIMIT = 20;
const LOG_LIMIT = 50;

export interface AgentOptions {
  /** `<module>/<lesson>` to save the terminal under; null (the playground) saves nothing. */
  lesson: string | null;
  store: KeyValueStore | null;
  now: () => number;
  /** Where failed commands are reported (the workshop room; a no-op outside one). */
  report: (event: LearnerEvent) => void;
  /** How the agent hears the page's exercises and tells their panels. */
  bus: AgentBus;
  /** How long after a change the terminal is saved (several changes in a row are saved once). */
  saveDelayMs: number;
}

export interface TerminalNotices {
  /** Print a dim line in the terminal and redraw the prompt. */
  notice(text: string): void;
}

interface UndoPoint {
  snapshot: HostSnapshot;
  log: CommandRecord[];
  activeSetup: string | null;
  line: string;
}

export function createExerciseAgent(host: HostSession, opts: AgentOptions) {
  const pristine = host.snapshot();
  const exercises = new Map<string, ExerciseSpec>();
  const setupSnapshots = new Map<string, HostSnapshot>();
  const undo: UndoPoint[] = [];
  const errors = new Map<string, string>();
  let log: CommandRecord[] = [];
  let answers: SavedTerminal['answers'] = {};
  let activeSetup: string | null = null;
  let terminal: TerminalNotices | null = null;
  const notices: string[] = [];
  let saveTimer: ReturnType<typeof setTimeout> | null = null;
  /** Something changed since the last save (a reload with nothing new must not rewrite the save). */
  let dirty = false;

  const notice = (text: string) => (terminal ? terminal.notice(text) : notices.push(text));

  function restoreSaved(): void {
    if (!opts.lesson) return;
    const raw = loadTerminal(opts.store, opts.lesson);
    if (raw === null) return;
    const saved = readSavedTerminal(raw);
    try {
      if (!saved) throw new Error('unreadable');
      host.restore(saved.snapshot);
      log = saved.log.slice(-LOG_LIMIT);
      answers = saved.answers;
      activeSetup = saved.activeSetup;
      notice('(Terminal restored from your last visit: files, images and containers are as you left them.)');
    } catch {
      host.restore(pristine);
      notice('(Your saved terminal for this lesson could not be restored, so it starts fresh.)');
    }
  }

  function save(): void {
    saveTimer = null;
    if (!opts.lesson || !dirty) return;
    dirty = false;
    const data: SavedTerminal = { v: 1, snapshot: host.snapshot(), log, answers, activeSetup };
    if (saveTerminal(opts.store, opts.lesson, data, opts.now()) === 'too-big') notice('(This terminal has grown too big to keep after a reload.)');
  }

  function scheduleSave(): void {
    dirty = true;
    if (!opts.lesson || saveTimer !== null) return;
    saveTimer = setTimeout(save, opts.saveDelayMs);
  }

  function statusOf(spec: ExerciseSpec): ExerciseStatus {
    const attached = host.prompt() === '';
    const prepared = !spec.setup || activeSetup === spec.id;
    const base = { attached, prepared, commands: prepared ? log.length : 0, canUndo: undo.length > 0, ...(errors.has(spec.id) ? { error: errors.get(spec.id)! } : {}) };
    if (!prepared) return { ...base, results: spec.goals.map((g) => ({ id: g.id, met: false })), feedback: null, complete: false };
    const world = host.engine.world;
    const commands = log;
    const results = evaluateGoals(world, spec.goals, { fs: host.machine.fs, engine: host.engine, commands, answers: answers[spec.id] ?? {} });
    const complete = allMet(results) && !attached;
    const feedback = complete ? null : detectMisconception({ world, goals: spec.goals, results, commands, attached });
    return { ...base, results, feedback, complete };
  }

  function checkAll(): void {
    for (const spec of exercises.values()) opts.bus.publish(spec.id, statusOf(spec));
  }

  function pushUndo(line: string): void {
    undo.push({ snapshot: host.snapshot(), log: [...log], activeSetup, line });
    if (undo.length > UNDO_LIMIT) undo.shift();
  }

  function reset(spec: ExerciseSpec): void {
    pushUndo('reset');
    errors.delete(spec.id);
    const cached = setupSnapshots.get(spec.id);
    host.restore(cached ?? pristine);
    if (spec.setup && !cached) {
      try {
        applySetup(host, spec.setup);
        setupSnapshots.set(spec.id, host.snapshot());
      } catch (error) {
        errors.set(spec.id, error instanceof SetupError ? error.message : String(error));
      }
    }
    log = [];
    answers = { ...answers, [spec.id]: {} };
    activeSetup = spec.setup ? spec.id : null;
    notice(spec.setup ? `(Exercise "${spec.title}": a fresh terminal, set up for the exercise.)` : `(Exercise "${spec.title}": a fresh terminal.)`);
  }

  function act(id: string, action: ExerciseAction): void {
    const spec = exercises.get(id);
    if (!spec) return;
    if (action.type === 'reset') reset(spec);
    if (action.type === 'answer') answers = { ...answers, [id]: { ...answers[id], [action.goal]: action.value } };
    if (action.type === 'undo') {
      const point = undo.pop();
      if (point) {
        host.restore(point.snapshot);
        log = point.log;
        activeSetup = point.activeSetup;
        notice(point.line === 'reset' ? '(Undone: the reset.)' : `(Undone: ${point.line.split('\n')[0]})`);
      }
    }
    checkAll();
    if (action.type !== 'check') scheduleSave();
  }

  function afterCommand(source: string, result: RunResult): void {
    log = [...log, { line: source, exitCode: result.exitCode }].slice(-LOG_LIMIT);
    reportFailure(source, result);
    checkAll();
    scheduleSave();
  }

  /**
   * A line typed while a program asks (docker's [y/N], a password) answers it: the answer is not a
   * command (never logged, reported to the workshop or made an undo point — it may be a password); the
   * command that asked gets the status it ends with.
   */
  function answer(text: string): RunResult {
    const result = host.run(text);
    const asked = log.at(-1);
    if (asked && !host.asking?.()) {
      log = [...log.slice(0, -1), { line: asked.line, exitCode: result.exitCode }];
      reportFailure(asked.line, result);
    }
    checkAll();
    scheduleSave();
    return result;
  }

  function reportFailure(source: string, result: RunResult): void {
    if (result.exitCode > 0 && opts.lesson) {
      const active = [...exercises.values()].find((s) => s.setup && s.id === activeSetup) ?? exercises.values().next().value;
      opts.report({ type: 'command-failed', command: source, exitCode: Math.min(result.exitCode, 255), lesson: opts.lesson, ...(active ? { exercise: active.id } : {}) });
    }
  }

  restoreSaved();

  const session: ShellSession = {
    prompt: () => host.prompt(),
    needsMore: (source) => host.needsMore(source),
    complete: (line, cursor) => host.complete(line, cursor),
    history: () => host.history(),
    asking: () => host.asking?.() ?? null,
    run(source) {
      if (host.asking?.()) return answer(source);
      if (source.trim() === '') return host.run(source);
      pushUndo(source);
      const result = host.run(source);
      afterCommand(source, result);
      return result;
    },
    interrupt() {
      const result = host.interrupt();
      checkAll();
      scheduleSave();
      return result;
    },
  };

  const disconnect = opts.bus.connect({
    added(spec) {
      exercises.set(spec.id, spec);
      opts.bus.publish(spec.id, statusOf(spec));
    },
    removed: (id) => void exercises.delete(id),
    act,
  });
  /** Save now what is waiting for the save delay (the page is going away). */
  function flush(): void {
    if (saveTimer !== null) clearTimeout(saveTimer);
    save();
  }

  return {
    session,
    flush,
    connectTerminal(next: TerminalNotices) {
      terminal = next;
      for (const text of notices.splice(0)) next.notice(text);
    },
    dispose() {
      if (saveTimer !== null) flush();
      disconnect();
      terminal = null;
    },
  };
}
