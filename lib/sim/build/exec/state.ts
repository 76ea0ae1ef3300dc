/**
 * The state of one stage while it is built (BuildKit's dispatchState): its base, commands,
 * step numbering, the image being assembled (config, history, layers) and the filesystem so far.
 */
import type { LayerData } from '../../fs/overlay-data';
import type { ImageConfig, LayerRecord } from '../../images/types';
import type { ArgDef, Instruction, Stage } from '../dockerfile/instructions';
import type { EnvList } from './env';

export interface HistoryItem {
  createdBy: string;
  emptyLayer: boolean;
  /** Filled by the exporter for metadata steps (BuildKit's normalizeLayersAndHistory). */
  created: number | null;
  size: number;
  comment: string;
}

/** Image config as BuildKit writes it (Docker's API also has `Shell`, which ImageConfig lacks). */
export type BuildConfig = ImageConfig & { Shell?: string[] };

export interface WorkImage {
  config: BuildConfig;
  history: HistoryItem[];
  author: string;
  /** Diff ids, bottom first. */
  layerIds: string[];
  /** Records for every layer (base and new), bottom first. */
  layers: LayerRecord[];
}

export interface Command {
  ins: Instruction;
  /** Came from a base image's (or base stage's) ONBUILD. */
  onbuild: boolean;
  /** COPY --from / RUN --mount from= source stage. */
  source?: StageState;
}

export type Base =
  | { kind: 'scratch' }
  | { kind: 'stage'; stage: StageState }
  | { kind: 'image'; ref: string; orig: string };

export interface StageState {
  index: number;
  stage: Stage;
  /** `AS` name ('' when unnamed). */
  name: string;
  /** Name shown in step prefixes (`build`, `stage-1`; '' in single-stage builds). */
  display: string;
  /** A COPY --from=<image> source, not a stage of the Dockerfile. */
  unregistered: boolean;
  base: Base;
  commands: Command[];
  /** Steps shown as `[n/total]`. */
  total: number;
  counter: number;
  reachable: boolean;
  done: boolean;
  /** `docker.io/library/node:18@sha256:…` as the FROM step shows it. */
  shownName: string;
  image: WorkImage;
  /** Filesystem layers so far, topmost first. */
  fs: LayerData[];
  /** Cache key of the current state. */
  key: string;
  /** Variables visible to expansion and RUN (image Env + stage ARGs). */
  env: EnvList;
  /** ARGs declared in the stage (and inherited from a base stage). */
  buildArgs: ArgDef[];
  workdirSet: boolean;
  /** Line of the last CMD / ENTRYPOINT / HEALTHCHECK (MultipleInstructionsDisallowed). */
  seen: Partial<Record<'cmd' | 'entrypoint' | 'healthcheck', number>>;
  cmdSet: boolean;
}

/** BuildKit's prefixCommand: `[build 2/5] `, numbers padded to the width of the total. */
export function stepName(st: StageState, text: string, onbuild: boolean): string {
  if (st.total === 0) return text;
  st.counter++;
  const width = 1 + Math.floor(Math.log10(st.total));
  const prefix = `[${st.display ? st.display + ' ' : ''}${String(st.counter).padStart(width)}/${st.total}] `;
  return prefix + (onbuild ? 'ONBUILD ' : '') + text;
}

/** `run echo` → `RUN echo` (only the first word). */
export function upperFirstWord(s: string): string {
  const i = s.indexOf(' ');
  return i < 0 ? s.toUpperCase() : s.slice(0, i).toUpperCase() + s.slice(i);
}
