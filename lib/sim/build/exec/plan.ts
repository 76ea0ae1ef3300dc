/**
 * Turning parsed stages into a build plan (BuildKit's buildDispatchStates, resolveTarget,
 * buildStageDependencyGraph, reachability): FROM names expanded with global ARGs, bases that are
 * earlier stages, COPY --from / RUN --mount from= sources, the `--target`, step totals.
 */
import { DockerfileError } from '../dockerfile/errors';
import type { Linter } from '../dockerfile/lint';
import type { ParsedDockerfile, Stage } from '../dockerfile/instructions';
import { newLexer } from '../dockerfile/shell-lex';
import { suggest, withSuggestion } from '../dockerfile/suggest';
import { EnvList } from './env';
import type { Command, StageState } from './state';

const LAYER_KINDS = new Set(['add', 'copy', 'run', 'workdir']);

function newState(index: number, stage: Stage, unregistered: boolean): StageState {
  return {
    index, stage, name: stage.name, display: '', unregistered, base: { kind: 'scratch' }, commands: [], total: 0, counter: 0, reachable: false, done: false, shownName: '',
    image: { config: { User: '', ExposedPorts: null, Env: [], Entrypoint: null, Cmd: null, Volumes: null, WorkingDir: '', Labels: null, OnBuild: null }, history: [], author: '', layerIds: [], layers: [] },
    fs: [], key: '', env: new EnvList(), buildArgs: [], workdirSet: false, seen: {}, cmdSet: false,
  };
}

export interface Plan {
  states: StageState[];
  target: StageState;
}

function mountFrom(spec: string): string | null {
  for (const field of spec.split(',')) {
    const [k, v] = field.split('=', 2);
    if (k?.toLowerCase() === 'from' && v) return v;
  }
  return null;
}

export function planStages(df: ParsedDockerfile, globals: EnvList, target: string, lint: Linter): Plan {
  const lex = newLexer(df.escape);
  const states: StageState[] = [];
  const byName = new Map<string, StageState>();
  const declared = new Set([...globals.keys(), ...df.metaArgs.flatMap((a) => a.args.map((x) => x.key))]);
  df.stages.forEach((stage, i) => {
    const line = stage.location[0]?.start ?? 0;
    let res;
    try {
      res = lex.processWord(stage.baseName, globals);
    } catch (e) {
      throw new DockerfileError((e as Error).message, stage.location);
    }
    for (const v of res.unmatched) if (!declared.has(v)) lint.run('UndefinedArgInFrom', line, v, suggest(v, [...declared], true));
    if (res.result === '') throw new DockerfileError(`base name (${stage.baseName}) should not be blank`, stage.location);
    const st = newState(i, { ...stage, baseName: res.result }, false);
    const base = byName.get(res.result);
    if (base) st.base = { kind: 'stage', stage: base };
    else if (res.result !== 'scratch') st.base = { kind: 'image', ref: res.result, orig: res.result };
    st.display = stage.name || `stage-${i}`;
    if (stage.name) byName.set(stage.name, st);
    st.commands = stage.commands.map((ins) => ({ ins, onbuild: false }));
    states.push(st);
  });
  let targetState = states[states.length - 1]!;
  if (target) {
    const t = byName.get(target.toLowerCase());
    if (!t) throw new DockerfileError(withSuggestion(`target stage ${JSON.stringify(target)} could not be found`, target, [...byName.keys()], true));
    targetState = t;
  }
  const images = new Map<string, StageState>();
  const resolveSource = (from: string, at: Command): StageState => {
    if (/^\d+$/.test(from)) {
      const idx = Number(from);
      const s = states[idx];
      if (!s || s.unregistered) throw new DockerfileError(`invalid stage index ${idx}`, at.ins.location);
      return s;
    }
    const named = byName.get(from.toLowerCase());
    if (named) return named;
    let img = images.get(from);
    if (!img) {
      img = newState(states.length, { baseName: from, name: '', fromWord: 'FROM', platform: '', code: '', location: at.ins.location, commands: [] }, true);
      img.base = { kind: 'image', ref: from, orig: from };
      images.set(from, img);
    }
    return img;
  };
  for (const st of states) {
    for (const c of st.commands) {
      let from: string | null = null;
      if (c.ins.kind === 'copy' && c.ins.from) from = c.ins.from;
      if (c.ins.kind === 'run') for (const m of c.ins.mounts) from ??= mountFrom(m);
      if (from === null) continue;
      const check = lex.processWord(from, new EnvList()).result;
      if (check !== from) throw new DockerfileError('variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround', c.ins.location);
      c.source = resolveSource(from, c);
    }
  }
  const all = [...states, ...images.values()];
  markReachable(targetState);
  if (states.length === 1) states[0]!.display = '';
  for (const st of all) st.total = st.unregistered ? 0 : countSteps(st);
  return { states: all, target: targetState };
}

function markReachable(st: StageState): void {
  if (st.reachable) return;
  st.reachable = true;
  if (st.base.kind === 'stage') markReachable(st.base.stage);
  for (const c of st.commands) if (c.source) markReachable(c.source);
}

export function countSteps(st: StageState): number {
  let n = st.base.kind === 'image' ? 1 : 0;
  for (const c of st.commands) if (c.onbuild || LAYER_KINDS.has(c.ins.kind)) n++;
  return n;
}
