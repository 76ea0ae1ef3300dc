/** Start `npm start` (scripts/start.mjs) in its own process group, wait for it, kill -9 the whole group. */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Server {
  child: ChildProcess;
  startedIn: number;
}

export async function startServer(root: string, port: number, env: Record<string, string>, timeoutMs = 15 * 60_000): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['scripts/start.mjs', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // own process group: kill -9 reaches next-server too, not only the wrapper
  });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before it was ready`);
    const ok = await fetch(`http://localhost:${port}/workshop`).then((r) => r.ok, () => false);
    if (ok) return { child, startedIn: performance.now() - t0 };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not become ready in time');
}

export function killHard(server: Server): void {
  if (server.child.pid) process.kill(-server.child.pid, 'SIGKILL');
}

export function stopGently(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (server.child.exitCode !== null || !server.child.pid) return resolve();
    server.child.once('exit', () => resolve());
    process.kill(-server.child.pid, 'SIGTERM');
    setTimeout(() => {
      if (server.child.exitCode === null && server.child.pid) process.kill(-server.child.pid, 'SIGKILL');
    }, 5000).unref();
  });
}
