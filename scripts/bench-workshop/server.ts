/**
 * Start `npm start` (scripts/start.mjs: build if stale, then `next start`) in its own process group,
 * wait for it, kill -9 the whole group. A restart after the kill serves the build already made, as a
 * production restart does: in a tree others are editing, start.mjs would otherwise rebuild first and
 * the measured downtime would be a build, not a restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';

export interface Server {
  child: ChildProcess;
  startedIn: number;
}

export async function startServer(root: string, port: number, env: Record<string, string>, { build = true } = {}, timeoutMs = 15 * 60_000): Promise<Server> {
  const t0 = performance.now();
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const args = build ? ['scripts/start.mjs', '--port', String(port)] : [nextBin, 'start', '-p', String(port)];
  const child = spawn(process.execPath, args, {
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
