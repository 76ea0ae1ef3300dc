/**
 * Exporting the target stage to the image store (the docker driver's `exporting to image`):
 * `--label`s, history times filled the way BuildKit's exporter does, an image id derived from
 * the content (identical rebuilds give the same id), tags moved onto it (the previous image
 * becomes `<none>` when it loses its last tag).
 */
import { hostOf, type Engine } from '../../core/engine';
import { emit } from '../../core/events';
import { fullString, parseReference, tagNameOnly } from '../../images/reference';
import { addImage, setRef } from '../../images/store';
import type { HistoryEntry, ImageRecord } from '../../images/types';
import { HOST_PLATFORM, type Platform } from '../../images/platform';
import { digestOf } from '../digest';
import type { Progress } from '../progress';
import type { HistoryItem, StageState } from './state';

/** BuildKit's normalizeLayersAndHistory: metadata steps take the time of the next new layer, or the previous one. */
export function fillHistoryTimes(history: readonly HistoryItem[]): number[] {
  let created: number | null = null;
  let sawNull = false;
  for (const h of history) {
    if (h.created !== null) {
      created = h.created;
      if (sawNull) break;
    } else sawNull = true;
  }
  sawNull = false;
  return history.map((h) => {
    if (h.created !== null) {
      if (sawNull) created = h.created;
      return h.created;
    }
    sawNull = true;
    return created ?? 0;
  });
}

function imageRecord(st: StageState, labels: Readonly<Record<string, string>>, platform: Platform = HOST_PLATFORM): ImageRecord {
  const config = JSON.parse(JSON.stringify(st.image.config)) as ImageRecord['config'];
  if (Object.keys(labels).length > 0) config.Labels = { ...(config.Labels ?? {}), ...labels };
  const times = fillHistoryTimes(st.image.history);
  const history: HistoryEntry[] = st.image.history.map((h, i) => ({ created: times[i]!, createdBy: h.createdBy, size: h.size, comment: h.comment, emptyLayer: h.emptyLayer }));
  const created = times[times.length - 1] ?? 0;
  const id = digestOf(JSON.stringify({ config, layers: st.image.layerIds, history, author: st.image.author, created }));
  const size = st.image.layers.reduce((n, l) => n + l.size, 0);
  return { id, parent: '', comment: '', author: st.image.author, created, architecture: platform.architecture, os: platform.os, config, layers: [...st.image.layerIds], history, size, source: 'build', lastTagTime: null };
}

/** Store the image, name it, and record the `exporting to image` vertex. Returns the image. */
export function exportImage(eng: Engine, progress: Progress, st: StageState, tags: readonly string[], labels: Readonly<Record<string, string>>, freshBytes: number, platform: Platform = HOST_PLATFORM): ImageRecord {
  const v = progress.start('exporting to image');
  const image = imageRecord(st, labels, platform);
  v.status('exporting layers', freshBytes > 0 ? 30 + Math.round(freshBytes / 40e6 * 1000) : 0);
  const host = hostOf(eng);
  const existing = host.images[image.id];
  addImage(eng, existing ?? image, st.image.layers);
  v.status(`writing image ${image.id}`, 5);
  for (const t of tags) {
    const ref = tagNameOnly(parseReference(t));
    setRef(eng, ref, image.id);
    emit(eng.world, eng.host, 'image', 'tag', image.id, { name: fullString(ref) });
    v.status(`naming to ${fullString(ref)}`, 2);
  }
  v.done();
  return host.images[image.id]!;
}
