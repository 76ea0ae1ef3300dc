/** docker history data (newest first) and docker tag. */
import { hostOf, type Engine } from '../core/engine';
import { emit } from '../core/events';
import { ClientError } from '../core/errors';
import { familiarString, parseReference, tagNameOnly } from './reference';
import { repoTags, resolveImage, setRef } from './store';

export interface HistoryRow {
  /** Image id for steps that produced a stored image, else `<missing>`. */
  id: string;
  created: number;
  createdBy: string;
  size: number;
  comment: string;
  tags: string[];
}

export function imageHistory(eng: Engine, refOrId: string): HistoryRow[] {
  const host = hostOf(eng);
  let img = resolveImage(eng, refOrId);
  const rows: HistoryRow[] = [];
  // Walk the parent chain: each image contributes the history entries it added on top of its parent.
  while (true) {
    const parent = img.parent ? host.images[img.parent] : undefined;
    const own = img.history.slice(parent ? parent.history.length : 0).reverse();
    own.forEach((h, i) => rows.push({ id: i === 0 ? img.id : '<missing>', created: h.created, createdBy: h.createdBy, size: h.size, comment: h.comment, tags: i === 0 ? repoTags(host, img.id) : [] }));
    if (!parent) break;
    img = parent;
  }
  return rows;
}

/** docker tag SOURCE TARGET. */
export function tagImage(eng: Engine, source: string, target: string): void {
  const img = resolveImage(eng, source);
  const ref = parseReference(target);
  if (ref.digest) throw new ClientError('refusing to create a tag with a digest reference');
  const tagged = tagNameOnly(ref);
  setRef(eng, tagged, img.id);
  emit(eng.world, eng.host, 'image', 'tag', img.id, { name: familiarString(tagged) });
}
