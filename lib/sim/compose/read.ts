/**
 * A read-only view of compose projects for exercise checks and the UI (no engine needed, only a
 * host's plain state): which projects exist, and per project its services with how many
 * containers each has running and healthy, its networks, volumes and config files — all found
 * by compose's labels, as compose itself finds them.
 */
import type { HostState } from '../index';
import { CONFIG_FILES_LABEL, NETWORK_LABEL, ONEOFF_LABEL, PROJECT_LABEL, SERVICE_LABEL, VOLUME_LABEL, WORKING_DIR_LABEL } from './labels';

export interface ComposeServiceView {
  /** Containers of the service (one-off `run` containers excluded). */
  containers: number;
  running: number;
  healthy: number;
  /** Container names, sorted. */
  names: string[];
}

export interface ComposeProjectView {
  name: string;
  workingDir: string;
  configFiles: string[];
  services: Record<string, ComposeServiceView>;
  /** Network names (`shop_default`). */
  networks: string[];
  /** Volume names (`shop_db-data`). */
  volumes: string[];
}

/** Names of the projects with at least one container, sorted. */
export function composeProjectNames(host: HostState): string[] {
  const names = new Set<string>();
  for (const c of Object.values(host.containers)) {
    const p = c.config.Labels[PROJECT_LABEL];
    if (p !== undefined) names.add(p);
  }
  return [...names].sort();
}

/** The project `name` on this host, or null when nothing of it exists. */
export function composeProjectView(host: HostState, name: string): ComposeProjectView | null {
  const containers = Object.values(host.containers).filter((c) => c.config.Labels[PROJECT_LABEL] === name && c.config.Labels[ONEOFF_LABEL] !== 'True');
  const networks = Object.values(host.networks).filter((n) => n.labels[PROJECT_LABEL] === name && n.labels[NETWORK_LABEL] !== undefined).map((n) => n.name).sort();
  const volumes = Object.values(host.volumes).filter((v) => v.labels[PROJECT_LABEL] === name && v.labels[VOLUME_LABEL] !== undefined).map((v) => v.name).sort();
  if (containers.length === 0 && networks.length === 0 && volumes.length === 0) return null;
  const services: Record<string, ComposeServiceView> = {};
  let workingDir = '';
  const configFiles: string[] = [];
  for (const c of containers) {
    const l = c.config.Labels;
    const s = (services[l[SERVICE_LABEL] ?? ''] ??= { containers: 0, running: 0, healthy: 0, names: [] });
    s.containers++;
    if (c.state.Running) s.running++;
    if (c.state.Health?.Status === 'healthy') s.healthy++;
    s.names.push(c.name);
    s.names.sort();
    workingDir ||= l[WORKING_DIR_LABEL] ?? '';
    for (const f of (l[CONFIG_FILES_LABEL] ?? '').split(',')) if (f !== '' && !configFiles.includes(f)) configFiles.push(f);
  }
  return { name, workingDir, configFiles, services, networks, volumes };
}

/** True when the project runs at least one container of every named service (all of its services when none named). */
export function composeProjectUp(host: HostState, name: string, services: readonly string[] = []): boolean {
  const view = composeProjectView(host, name);
  if (!view) return false;
  const wanted = services.length > 0 ? services : Object.keys(view.services);
  return wanted.length > 0 && wanted.every((s) => (view.services[s]?.running ?? 0) > 0);
}
