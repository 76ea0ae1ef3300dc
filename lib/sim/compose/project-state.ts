/**
 * A project rebuilt from what exists (compose's projectFromName + actualNetworks/actualVolumes),
 * for commands run by name only (`docker compose -p shop down` with no file around): services
 * from the containers' labels (depends_on from com.docker.compose.depends_on), networks and
 * volumes from theirs.
 */
import type { Engine } from '../index';
import { ComposeError } from './errors';
import { DEPENDENCIES_LABEL, NETWORK_LABEL, VOLUME_LABEL } from './labels';
import { projectContainers, projectNetworks, projectVolumes, serviceOf } from './observe';
import type { ComposeProject } from './project';
import type { YamlMap } from './tree-path';

export function projectFromState(eng: Engine, name: string, oneOff: 'exclude' | 'include' = 'exclude'): { project: ComposeProject; found: boolean } {
  const services: Record<string, YamlMap> = {};
  const containers = projectContainers(eng, name, oneOff);
  for (const c of containers) {
    const svc = serviceOf(c) || c.name;
    const existing = services[svc];
    if (existing) {
      existing.scale = Number(existing.scale) + 1;
      continue;
    }
    const s: YamlMap = { image: c.config.Image, labels: { ...c.config.Labels }, scale: 1 };
    const deps = c.config.Labels[DEPENDENCIES_LABEL] ?? '';
    if (deps !== '') {
      const dependsOn: YamlMap = {};
      for (const d of deps.split(',')) {
        const [dep, condition = 'running_or_healthy', restart = 'true'] = d.split(':');
        dependsOn[dep!] = { condition, restart: restart === 'true', required: false };
      }
      s.depends_on = dependsOn;
    }
    services[svc] = s;
  }
  const networks: Record<string, YamlMap> = {};
  for (const n of projectNetworks(eng, name)) networks[n.labels[NETWORK_LABEL]!] = { name: n.name };
  const volumes: Record<string, YamlMap> = {};
  for (const v of projectVolumes(eng, name)) volumes[v.labels[VOLUME_LABEL]!] = { name: v.name };
  const project: ComposeProject = {
    name,
    workingDir: '',
    composeFiles: [],
    environment: {},
    services,
    disabledServices: {},
    networks,
    volumes,
    secrets: {},
    configs: {},
    extensions: {},
    profiles: [],
  };
  return { project, found: containers.length > 0 };
}

/** compose's error when a named project has no containers. */
export const noContainerFound = (name: string) => new ComposeError(`no container found for project ${JSON.stringify(name)}: not found`, 'notFound');
