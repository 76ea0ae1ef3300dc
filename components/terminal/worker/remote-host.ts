/**
 * The page's side of the simulator worker: starts it for this page's lesson (with the saved values
 * its agent reads), gives the terminal a RemoteSession once the host is ready, relays the panels'
 * exercises (bus.ts) both ways, writes what the worker saves to localStorage and passes its workshop
 * reports on. No DOM here: host-session.ts wires it to a real Worker, `storage` and `pagehide`.
 */
import type { TerminalNotices } from '@/components/exercise/agent/agent';
import type { ExerciseAgent, ExerciseStatus } from '@/components/exercise/protocol';
import type { KeyValueStore } from '@/lib/progress/types';
import type { LearnerEvent } from '@/lib/workshop/events';
import { mirroredKeys, readMirrored, writeMirrored } from './mirror-store';
import type { PageMessage, Port, WorkerMessage } from './protocol';
import { RemoteSession, SimulatorError } from './remote-session';

export interface RemoteHostOptions {
  /** `<module>/<lesson>` whose terminal is saved; null (the playground) saves nothing. */
  lesson: string | null;
  store: KeyValueStore | null;
  /** The workshop reporter (a no-op outside a workshop). */
  report: (event: LearnerEvent) => void;
  /** The panels' bus (bus.ts connectAgent / publishStatus). */
  connectAgent: (agent: ExerciseAgent) => () => void;
  publishStatus: (id: string, status: ExerciseStatus) => void;
  /** The worker has saved and stopped after `dispose`. */
  onClosed?: () => void;
}

export class RemoteHost {
  /** The terminal's session, once the host is up in the worker. */
  readonly ready: Promise<RemoteSession>;
  private session: RemoteSession | null = null;
  private terminal: TerminalNotices | null = null;
  private readonly notices: string[] = [];
  private readonly disconnectBus: () => void;
  private settle!: { resolve(session: RemoteSession): void; reject(error: Error): void };

  constructor(
    private readonly port: Port<PageMessage, WorkerMessage>,
    private readonly opts: RemoteHostOptions,
  ) {
    this.ready = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    port.addEventListener('message', this.onMessage);
    this.send({ type: 'start', lesson: opts.lesson, stored: readMirrored(opts.store, opts.lesson) });
    // Exercises on the page (and actions taken before the worker was there) follow `start`.
    this.disconnectBus = opts.connectAgent({
      added: (spec) => this.send({ type: 'exercise-added', spec }),
      removed: (id) => this.send({ type: 'exercise-removed', id }),
      act: (id, action) => this.send({ type: 'exercise-act', id, action }),
    });
  }

  /** Where notices go (terminal restored, exercise reset, undone); earlier ones are printed now. */
  connectTerminal(next: TerminalNotices): void {
    this.terminal = next;
    for (const text of this.notices.splice(0)) next.notice(text);
  }

  /** Another tab changed localStorage: keep the worker's copy of the values it reads current. */
  storageChanged(key: string, value: string | null): void {
    if (mirroredKeys(this.opts.lesson).includes(key)) this.send({ type: 'stored', key, value });
  }

  /** Save the terminal now (the page is being hidden). */
  flush(): void {
    this.send({ type: 'flush' });
  }

  /** The worker failed (its script could not load, or it crashed). */
  fail(reason: string): void {
    this.settle.reject(new SimulatorError(reason));
    this.session?.stop(reason);
    this.close();
  }

  /** The terminal is gone: the worker saves, answers `disposed` and stops (then `onClosed`). */
  dispose(): void {
    this.terminal = null;
    this.disconnectBus();
    this.send({ type: 'dispose' });
  }

  private send(message: PageMessage): void {
    this.port.postMessage(message);
  }

  private close(): void {
    this.disconnectBus();
    this.port.removeEventListener('message', this.onMessage);
    this.opts.onClosed?.();
  }

  private readonly onMessage = ({ data }: { data: WorkerMessage }): void => {
    switch (data.type) {
      case 'ready':
        this.session = new RemoteSession((message) => this.send(message), data.view);
        return this.settle.resolve(this.session);
      case 'answer':
        return this.session?.answered(data);
      case 'call-failed':
        return this.session?.failed(data.id, data.message);
      case 'notice':
        this.session?.update(data.view);
        if (this.terminal) this.terminal.notice(data.text);
        else this.notices.push(data.text);
        return;
      case 'status':
        return this.opts.publishStatus(data.id, data.status);
      case 'store':
        return writeMirrored(this.opts.store, data.key, data.value);
      case 'report':
        return this.opts.report(data.event);
      case 'failed':
        return this.fail(data.message);
      case 'disposed':
        return this.close();
    }
  };
}
