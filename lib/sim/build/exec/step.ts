/**
 * One filesystem step (WORKDIR, COPY, ADD, RUN): its vertex, the cache lookup by key (a hit
 * shows CACHED and reuses the stored diff), executing otherwise, and adding the resulting layer
 * and history entry to the stage.
 */
import { layerSize, type LayerData } from '../../fs/overlay-data';
import type { LayerRecord } from '../../images/types';
import { FS_ERROR_TEXT, FsError } from '../../fs/types';
import { lookup, store, touch } from '../cache';
import type { LineRange } from '../dockerfile/errors';
import { layerDiffId, digestOf } from '../digest';
import type { VertexRun } from '../progress';
import type { Vertex } from '../types';
import type { DispatchCtx } from './context';
import type { StageState } from './state';

/** A step failed: the vertex error, the final solve message and the Dockerfile lines. */
export class StepError extends Error {
  constructor(
    readonly vertexError: string,
    message: string,
    readonly ranges: readonly LineRange[],
    readonly vertex?: Vertex,
  ) {
    super(message);
    this.name = 'StepError';
  }
}

export interface StepSpec {
  name: string;
  key: string;
  /** History `created_by` (BuildKit adds ` # buildkit` to COPY/ADD/RUN). */
  createdBy: string;
  /** Produce the diff (may log, spend time, or throw StepError). */
  run: (v: VertexRun) => LayerData;
  /** Steps whose result must not be taken from the cache (--no-cache). */
  noCache: boolean;
  /** The instruction's lines (for failures the step does not word itself). */
  location?: readonly LineRange[];
}

export function layerRecordFor(layer: LayerData): LayerRecord {
  const id = layerDiffId(layer);
  const size = layerSize(layer);
  const empty = Object.keys(layer.entries).length === 0;
  return { id, blob: digestOf(`blob:${id}`), size, compressedSize: Math.max(32, Math.round(size * 0.42)), content: empty ? { kind: 'empty' } : { kind: 'data', data: layer } };
}

export function runStep(ctx: DispatchCtx, st: StageState, spec: StepSpec): void {
  const v = ctx.progress.start(spec.name);
  const hit = spec.noCache ? undefined : lookup(ctx.eng, spec.key);
  let layer: LayerData;
  let created: number;
  if (hit && hit.layer) {
    touch(ctx.eng, hit);
    v.cached();
    layer = hit.layer;
    created = hit.createdAt;
  } else {
    try {
      layer = spec.run(v);
    } catch (e) {
      if (e instanceof StepError) throw new StepError(e.vertexError, e.message, e.ranges, v.fail(e.vertexError));
      if (e instanceof FsError) {
        const why = `${spec.name.replace(/^\[[^\]]*\] /, '').split(' ')[0]!.toLowerCase() === 'workdir' ? 'mkdir' : 'open'} ${e.path}: ${FS_ERROR_TEXT[e.code].toLowerCase()}`;
        throw new StepError(why, why, spec.location ?? [], v.fail(why));
      }
      throw e;
    }
    v.done();
    const rec = store(ctx.eng, spec.key, 'regular', spec.createdBy, layer);
    ctx.stats.freshBytes += rec.size + 1;
    created = rec.createdAt;
  }
  addLayer(st, layer, spec.createdBy, created);
  st.key = spec.key;
}

export function addLayer(st: StageState, layer: LayerData, createdBy: string, created: number): void {
  const rec = layerRecordFor(layer);
  st.fs = [layer, ...st.fs];
  st.image.layerIds.push(rec.id);
  st.image.layers.push(rec);
  st.image.history.push({ createdBy, emptyLayer: false, created, size: rec.size, comment: 'buildkit.dockerfile.v0' });
}
