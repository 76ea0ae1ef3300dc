/**
 * The Web Worker the simulator runs in (started by host-session.ts): the simulated Docker host and
 * the exercise agent, off the page's main thread, answering the page through serve-host.ts.
 */
import type { PageMessage, Port, WorkerMessage } from './protocol';
import { serveHost } from './serve-host';

const scope = self as unknown as Port<WorkerMessage, PageMessage> & { close(): void };
serveHost(scope, { now: () => Date.now(), onDisposed: () => scope.close() });
