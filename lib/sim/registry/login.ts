/**
 * The daemon's side of `docker login`: check that the registry answers (public registries accept
 * any non-empty credentials in the simulation; a private `registry:2` without auth accepts anyone)
 * and return dockerd's status, or its error (connection refused, unknown host…).
 */
import type { Engine } from '../core/engine';
import { invalid, EngineError } from '../core/errors';
import { locateRegistry } from './locate';

export interface Credentials {
  username: string;
  password: string;
}

/** `https://index.docker.io/v1/`, `localhost:5000`, `http://localhost:5000/` → the registry host. */
export function registryHost(server: string): string {
  const withScheme = /^https?:\/\//.test(server) ? server : `https://${server}`;
  const host = withScheme.replace(/^https?:\/\//, '').split('/')[0]!;
  return host === 'index.docker.io' || host === 'registry-1.docker.io' ? 'docker.io' : host;
}

export function registryLogin(eng: Engine, server: string, creds: Credentials): { status: string } {
  if (!creds.username || !creds.password) throw invalid('username or password is empty');
  const located = locateRegistry(eng, registryHost(server));
  if (located.kind === 'unreachable') throw new EngineError('unknown', located.error);
  return { status: 'Login Succeeded' };
}
