/**
 * The simulator side of the terminal, started in a Web Worker (worker/host.worker.ts): the simulated
 * Docker host and the lesson's exercise agent run there, off the main thread, so neither evaluating
 * the simulator nor running a command blocks the page. This module is small (it is what
 * xterm-screen and idle-tasks load); the worker's chunk is fetched and evaluated by the worker.
 */
import { connectAgent, publishStatus } from '@/components/exercise/bus';
import { report } from '@/components/workshop/reporter';
import { lessonKeyOfPath } from '@/components/workshop/lesson-index';
import { browserStore } from '@/lib/progress/types';
import { RemoteHost } from './worker/remote-host';

/** Start the simulator for the page at `pathname`; `ready` gives the terminal its session. */
export function startHost(pathname: string): RemoteHost {
  const worker = new Worker(new URL('./worker/host.worker.ts', import.meta.url), { type: 'module', name: 'dockerlings-simulator' });
  const store = browserStore();
  const onStorage = (e: StorageEvent) => {
    if (e.key !== null) host.storageChanged(e.key, e.newValue);
  };
  const onHide = () => host.flush();
  const host = new RemoteHost(worker, {
    lesson: lessonKeyOfPath(pathname),
    store,
    report,
    connectAgent,
    publishStatus,
    onClosed() {
      worker.terminate();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
    },
  });
  worker.addEventListener('error', (e) => host.fail(e.message || 'the simulator could not be started'));
  worker.addEventListener('messageerror', () => host.fail('a message from the simulator could not be read'));
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', onHide);
  return host;
}
