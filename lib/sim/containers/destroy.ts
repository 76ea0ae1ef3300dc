/** Deleting a container record (after all checks): its anonymous volumes optionally, its name, events. */
import { hostOf, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { volumeUsers } from '../volumes/volumes';
import type { ContainerRecord } from './types';
import { containersChanged } from './container-list';

export function destroyContainer(eng: Engine, c: ContainerRecord, removeAnonymousVolumes: boolean): void {
  const host = hostOf(eng);
  delete host.containers[c.id];
  containersChanged(host);
  emit(eng.world, eng.host, 'container', 'destroy', c.id, { image: c.config.Image, name: c.name });
  if (!removeAnonymousVolumes) return;
  for (const m of c.mounts) {
    const vol = m.Type === 'volume' ? host.volumes[m.Name ?? ''] : undefined;
    if (vol?.anonymous && volumeUsers(host, vol.name).length === 0) {
      delete host.volumes[vol.name];
      emit(eng.world, eng.host, 'volume', 'destroy', vol.name, { driver: 'local' });
    }
  }
}
