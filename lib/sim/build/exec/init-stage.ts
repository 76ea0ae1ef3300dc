/**
 * Starting a stage from its base: a base image's config, history and layers (ONBUILD triggers
 * become the stage's first steps), an earlier stage's state (with its ARGs), or scratch.
 */
import type { LayerData } from '../../fs/overlay-data';
import { rootfsFor } from '../../images/rootfs/index';
import type { LayerRecord } from '../../images/types';
import { nodeFromLine } from '../dockerfile/ast';
import { DockerfileError } from '../dockerfile/errors';
import type { Instruction } from '../dockerfile/instructions';
import { isStage, parseInstruction } from '../dockerfile/parse-instruction';
import { chainKey } from '../digest';
import { addEnv, EnvList } from './env';
import type { ResolvedBase } from './base';
import type { BuildConfig, StageState } from './state';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function layerData(l: LayerRecord): LayerData | null {
  if (l.content.kind === 'catalog') return rootfsFor(l.content.key);
  if (l.content.kind === 'data') return l.content.data;
  return null;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function triggers(st: StageState, list: readonly string[]): void {
  const cmds = list.map((expr): Instruction => {
    const node = nodeFromLine(expr, '\\');
    const loc = st.stage.location;
    node.startLine = loc[0]?.start ?? 0;
    node.endLine = loc[loc.length - 1]?.end ?? node.startLine;
    let v;
    try {
      v = parseInstruction(node);
    } catch (e) {
      throw new DockerfileError((e as Error).message, loc);
    }
    if (isStage(v)) throw new DockerfileError('FROM isn\'t allowed as an ONBUILD trigger', loc);
    return { ...v, onbuild: true };
  });
  st.commands = [...cmds.map((ins) => ({ ins, onbuild: true })), ...st.commands];
  st.total += cmds.length;
}

export function initStage(st: StageState, resolved: ResolvedBase | null): void {
  let onbuild: string[] = [];
  if (st.base.kind === 'stage') {
    const b = st.base.stage;
    st.image = clone(b.image);
    st.fs = [...b.fs];
    st.key = b.key;
    st.env = b.env.clone();
    st.buildArgs = [...b.buildArgs];
    st.workdirSet = b.workdirSet;
    onbuild = b.commands.flatMap((c) => (c.ins.kind === 'onbuild' && !c.onbuild ? [c.ins.expression] : []));
  } else if (resolved) {
    const img = resolved.image;
    const config: BuildConfig = clone(img.config);
    onbuild = config.OnBuild ?? [];
    st.image = {
      config,
      history: img.history.map((h) => ({ createdBy: h.createdBy, emptyLayer: h.emptyLayer, created: h.created, size: h.size, comment: h.comment })),
      author: img.author,
      layerIds: [...img.layers],
      layers: [...resolved.layers],
    };
    st.fs = resolved.layers.map(layerData).filter((d): d is LayerData => d !== null).reverse();
    st.key = chainKey('', 'from', img.id);
    st.env = EnvList.fromStrings(config.Env);
  } else {
    st.key = chainKey('', 'scratch');
  }
  st.image.config.OnBuild = null;
  if (!st.image.config.Env.some((kv) => kv.startsWith('PATH='))) {
    st.image.config.Env = addEnv(st.image.config.Env, 'PATH', DEFAULT_PATH);
    if (st.env.get('PATH') === undefined) st.env.set('PATH', DEFAULT_PATH);
  }
  if (onbuild.length > 0) triggers(st, onbuild);
}
