/**
 * Project networks and volumes (compose's ensureNetworks / ensureProjectVolumes): created with
 * compose's labels when missing (`Network shop_default  Created`, `Volume "shop_db-data"
 * Created`), reused when present (with compose's warnings when something else made them), and
 * external ones required to exist.
 */
import { createNetwork, createVolume, findNetwork, hostOf, type Engine } from '../index';
import { ComposeError, type Warn } from './errors';
import { COMPOSE_LABEL_VERSION, NETWORK_LABEL, PROJECT_LABEL, VERSION_LABEL, VOLUME_LABEL } from './labels';
import { COST, type Progress } from './progress';
import type { ComposeProject } from './project';
import { isMap, type YamlMap } from './tree-path';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function labelsOf(m: YamlMap): Record<string, string> {
  const out: Record<string, string> = {};
  if (isMap(m.labels)) for (const [k, v] of Object.entries(m.labels)) out[k] = String(v);
  return out;
}

export function ensureNetworks(eng: Engine, p: ComposeProject, progress: Progress, warn: Warn): void {
  for (const [key, n] of Object.entries(p.networks)) {
    const name = str(n.name) || `${p.name}_${key}`;
    const existing = findNetwork(hostOf(eng), name);
    if (n.external === true) {
      if (!existing || (existing.name !== name && existing.id !== name)) throw new ComposeError(`network ${name} declared as external, but could not be found`, 'notFound');
      continue;
    }
    if (existing && (existing.name === name || existing.id === name)) {
      const proj = existing.labels[PROJECT_LABEL];
      if (proj === undefined) warn(`a network with name ${name} exists but was not created by compose.\nSet \`external: true\` to use an existing network`);
      else if (proj !== p.name) warn(`a network with name ${name} exists but was not created for project ${JSON.stringify(p.name)}.\nSet \`external: true\` to use an existing network`);
      if (existing.labels[NETWORK_LABEL] !== key) {
        throw new ComposeError(`network ${name} was found but has incorrect label ${NETWORK_LABEL} set to ${JSON.stringify(existing.labels[NETWORK_LABEL] ?? '')} (expected: ${JSON.stringify(key)})`);
      }
      continue;
    }
    const id = `Network ${name}`;
    progress.working(id, 'Creating');
    progress.spend(COST.network);
    const ipam = isMap(n.ipam) && Array.isArray(n.ipam.config) && isMap(n.ipam.config[0]) ? n.ipam.config[0] : {};
    try {
      createNetwork(eng, {
        name,
        driver: str(n.driver) || 'bridge',
        internal: n.internal === true,
        attachable: n.attachable === true,
        labels: { ...labelsOf(n), [NETWORK_LABEL]: key, [PROJECT_LABEL]: p.name, [VERSION_LABEL]: COMPOSE_LABEL_VERSION },
        options: isMap(n.driver_opts) ? (n.driver_opts as Record<string, string>) : {},
        ...(str(ipam.subnet) ? { subnet: str(ipam.subnet) } : {}),
        ...(str(ipam.gateway) ? { gateway: str(ipam.gateway) } : {}),
        ...(str(ipam.ip_range) ? { ipRange: str(ipam.ip_range) } : {}),
      });
    } catch (e) {
      progress.error(id, 'Error');
      throw new ComposeError(`failed to create network ${name}: ${e instanceof Error ? 'Error response from daemon: ' + e.message : String(e)}`);
    }
    progress.done(id, 'Created');
  }
}

export function ensureVolumes(eng: Engine, p: ComposeProject, progress: Progress, warn: Warn): void {
  for (const [key, v] of Object.entries(p.volumes)) {
    const name = str(v.name) || `${p.name}_${key}`;
    const existing = hostOf(eng).volumes[name];
    if (v.external === true) {
      if (!existing) throw new ComposeError(`external volume ${JSON.stringify(name)} not found`, 'notFound');
      continue;
    }
    if (existing) {
      const proj = existing.labels[PROJECT_LABEL];
      if (proj === undefined) warn(`volume ${JSON.stringify(name)} already exists but was not created by Docker Compose. Use \`external: true\` to use an existing volume`);
      else if (proj !== p.name) warn(`volume ${JSON.stringify(name)} already exists but was created for project ${JSON.stringify(proj)} (expected ${JSON.stringify(p.name)}). Use \`external: true\` to use an existing volume`);
      continue;
    }
    const id = `Volume ${JSON.stringify(name)}`;
    progress.working(id, 'Creating');
    progress.spend(COST.volume);
    createVolume(eng, {
      name,
      driver: str(v.driver) || 'local',
      labels: { ...labelsOf(v), [VOLUME_LABEL]: key, [PROJECT_LABEL]: p.name, [VERSION_LABEL]: COMPOSE_LABEL_VERSION },
      options: isMap(v.driver_opts) ? (v.driver_opts as Record<string, string>) : {},
    });
    progress.done(id, 'Created');
  }
}
