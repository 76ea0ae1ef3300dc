/**
 * Finding the database server a client talks to: over the container's own Unix socket (the
 * server runs in the same container and is ready) or over TCP through the simulated network
 * (names resolved as the container resolves them, published ports, isolation). What the client
 * gets is the server's container and its filesystem view (its data directory, volumes included).
 */
import { hostOf, type Engine } from '../core/engine';
import { containerFs } from '../containers/view';
import type { ContainerRecord } from '../containers/types';
import type { FileSystem } from '../fs/types';
import { connect, resolveName } from '../networks/reach';

export type ServerKind = 'postgres' | 'mysql' | 'mariadb' | 'redis';

export type ReachError = 'resolve' | 'refused' | 'timeout' | 'no-socket';

export type Reached = { ok: true; c: ContainerRecord; fs: FileSystem; clientIp: string; ip: string | null } | { ok: false; error: ReachError; ip?: string };

const serves = (c: ContainerRecord, kinds: readonly ServerKind[]) => !!c.proc?.behaviour && (kinds as readonly string[]).includes(c.proc.behaviour) && c.state.Running;

/**
 * The server on the container's own socket; `no-socket` when none runs or it is still
 * initialising (the image's entrypoint has not started the real server yet).
 */
export function localServer(eng: Engine, self: ContainerRecord, kinds: readonly ServerKind[]): Reached {
  const c = hostOf(eng).containers[self.id] ?? self;
  if (!serves(c, kinds)) return { ok: false, error: 'no-socket' };
  if (c.proc!.readyAt !== undefined && c.proc!.readyAt > eng.world.clock) return { ok: false, error: 'no-socket' };
  return { ok: true, c, fs: containerFs(eng, c), clientIp: '', ip: null };
}

/** The server at host:port as seen from inside `self`. */
export function tcpServer(eng: Engine, self: ContainerRecord, kinds: readonly ServerKind[], host: string, port: number): Reached {
  // The client's container may be gone (a `docker run --rm` client's prompt outlives it): no network.
  if (!hostOf(eng).containers[self.id]) return { ok: false, error: 'refused' };
  const origin = { kind: 'container' as const, id: self.id };
  const ip = resolveName(eng, origin, host);
  if (!ip) return { ok: false, error: 'resolve' };
  const r = connect(eng, origin, ip, port);
  if (!r.ok) return { ok: false, error: r.error === 'timeout' ? 'timeout' : 'refused', ip };
  const t = r.target;
  if (t.kind !== 'container' || !serves(t.c, kinds)) return { ok: false, error: 'refused', ip };
  return { ok: true, c: t.c, fs: t.fs, clientIp: t.clientIp, ip };
}
