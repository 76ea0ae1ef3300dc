/**
 * What a project has on the engine, found the way compose finds it: by labels. Containers of a
 * project (one-off `run` containers apart), per service, sorted by container number; the
 * projects that exist (`docker compose ls`).
 */
import { hostOf, type ContainerRecord, type Engine, type NetworkRecord, type VolumeRecord } from '../index';
import { CONFIG_FILES_LABEL, CONFIG_HASH_LABEL, CONTAINER_NUMBER_LABEL, NETWORK_LABEL, ONEOFF_LABEL, PROJECT_LABEL, SERVICE_LABEL, VOLUME_LABEL } from './labels';

export type OneOff = 'exclude' | 'include' | 'only';

export function projectContainers(eng: Engine, project: string, oneOff: OneOff = 'exclude', services?: readonly string[]): ContainerRecord[] {
  return Object.values(hostOf(eng).containers).filter((c) => {
    const l = c.config.Labels;
    if (l[PROJECT_LABEL] !== project) return false;
    const isOneOff = l[ONEOFF_LABEL] === 'True';
    if (oneOff === 'exclude' && isOneOff) return false;
    if (oneOff === 'only' && !isOneOff) return false;
    return !services || services.length === 0 || services.includes(l[SERVICE_LABEL] ?? '');
  });
}

export const serviceOf = (c: ContainerRecord) => c.config.Labels[SERVICE_LABEL] ?? '';
export const numberOf = (c: ContainerRecord) => Number(c.config.Labels[CONTAINER_NUMBER_LABEL] ?? 0);

/** Containers.sorted(): by name. */
export function sortedByName(cs: readonly ContainerRecord[]): ContainerRecord[] {
  return [...cs].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function serviceContainers(eng: Engine, project: string, service: string): ContainerRecord[] {
  return projectContainers(eng, project, 'exclude', [service]).sort((a, b) => numberOf(a) - numberOf(b));
}

export function projectNetworks(eng: Engine, project: string): NetworkRecord[] {
  return Object.values(hostOf(eng).networks).filter((n) => n.labels[PROJECT_LABEL] === project && n.labels[NETWORK_LABEL] !== undefined);
}

export function projectVolumes(eng: Engine, project: string): VolumeRecord[] {
  return Object.values(hostOf(eng).volumes).filter((v) => v.labels[PROJECT_LABEL] === project && v.labels[VOLUME_LABEL] !== undefined);
}

/** A container's name without the project prefix (`db-1`), or its custom container_name. */
export function nameWithoutProject(c: ContainerRecord): string {
  const l = c.config.Labels;
  const project = l[PROJECT_LABEL] ?? '';
  const def = `${project}-${l[SERVICE_LABEL] ?? ''}-${l[CONTAINER_NUMBER_LABEL] ?? ''}`;
  return c.name === def ? c.name.slice(project.length + 1) : c.name;
}

export interface ProjectSummary {
  name: string;
  /** `running(2)`, `exited(1), running(1)`… */
  status: string;
  configFiles: string;
}

/** `docker compose ls`: projects of the containers listed (running ones, or all with -a), newest first. */
export function listProjects(eng: Engine, all: boolean): ProjectSummary[] {
  const byProject = new Map<string, ContainerRecord[]>();
  const listed = Object.values(hostOf(eng).containers)
    .filter((c) => c.config.Labels[PROJECT_LABEL] !== undefined && c.config.Labels[CONFIG_HASH_LABEL] !== undefined && (all || c.state.Running))
    .sort((a, b) => b.created - a.created);
  for (const c of listed) {
    const p = c.config.Labels[PROJECT_LABEL]!;
    byProject.set(p, [...(byProject.get(p) ?? []), c]);
  }
  const out: ProjectSummary[] = [];
  for (const [name, cs] of byProject) {
    const counts = new Map<string, number>();
    for (const c of cs) counts.set(c.state.Status, (counts.get(c.state.Status) ?? 0) + 1);
    const status = [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, n]) => `${s}(${n})`).join(', ');
    const files: string[] = [];
    for (const c of cs) for (const f of (c.config.Labels[CONFIG_FILES_LABEL] ?? '').split(',')) if (!files.includes(f)) files.push(f);
    out.push({ name, status, configFiles: files.join(',') });
  }
  return out;
}
