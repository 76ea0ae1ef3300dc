/**
 * `docker build` on the simulated engine (BuildKit with the docker driver): load the Dockerfile,
 * parse it, resolve base images, send the context, run the reachable stages' steps with the build
 * cache, export the target stage as an image. Returns progress vertices and the image id, or a
 * failure worded as BuildKit words it. Never throws for user errors.
 */
import type { CommandFn } from '../../shell/types';
import type { Engine } from '../core/engine';
import { OverlayFs } from '../fs/overlay';
import type { LayerData } from '../fs/overlay-data';
import { buildState } from './cache';
import { IgnoreError } from './context/ignore';
import { loadContext, type BuildContext } from './context/load';
import { transferBytes, usedEntries } from './context/transfer';
import { DockerfileError } from './dockerfile/errors';
import { parseDockerfile } from './dockerfile/index';
import { Linter, parseCheck, warningShort } from './dockerfile/lint';
import { BaseImageError, baseRef, recordFrom, resolveBase, shownName, targetPlatform, type ResolvedBase } from './exec/base';
import { fullString } from '../images/reference';
import { makeLexer, type DispatchCtx } from './exec/context';
import { defaultArgs, metaArgs } from './exec/env';
import { exportImage } from './exec/export';
import { initStage } from './exec/init-stage';
import { planStages, type Plan } from './exec/plan';
import { runStage } from './exec/run-stage';
import { StepError } from './exec/step';
import { stepName } from './exec/state';
import { Progress } from './progress';
import type { BuildFailure, BuildRequest, BuildResult } from './types';
import { utf8Length } from '../text/utf8-length';

class Failure extends Error {
  constructor(readonly failure: BuildFailure) {
    super(failure.message);
  }
}

const basename = (p: string) => p.slice(p.lastIndexOf('/') + 1);

function readDockerfile(req: BuildRequest, progress: Progress): Source {
  const name = 'text' in req.dockerfile ? 'Dockerfile' : basename(req.dockerfile.path);
  const v = progress.start(`[internal] load build definition from ${name}`);
  let text: string | null = 'text' in req.dockerfile ? req.dockerfile.text : null;
  if (text === null && 'path' in req.dockerfile) {
    try {
      text = req.hostFs.stat(req.dockerfile.path)?.type === 'file' ? req.hostFs.readFile(req.dockerfile.path) : null;
    } catch {
      text = null;
    }
  }
  v.status('transferring dockerfile:', 8, { current: text === null ? 2 : Math.max(2, utf8Length(text)) });
  v.done();
  if (text === null) throw new Failure({ message: `failed to solve: failed to read dockerfile: open ${name}: no such file or directory` });
  return { filename: name, text };
}

interface Source {
  filename: string;
  text: string;
}

function located(e: DockerfileError, src: Source): Failure {
  const f: BuildFailure = { message: `failed to solve: ${e.message}` };
  if (e.ranges.length > 0) f.source = { ...src, ranges: e.ranges };
  return new Failure(f);
}

function resolveBases(eng: Engine, req: BuildRequest, progress: Progress, plan: Plan, src: Source): Map<string, ResolvedBase> {
  const resolved = new Map<string, ResolvedBase>();
  const names = plan.states.filter((s) => s.name).map((s) => s.name);
  for (const st of plan.states) {
    if (!st.reachable || st.base.kind !== 'image' || resolved.has(st.base.ref)) continue;
    const name = st.base.ref;
    const ref = withLocation(src, () => {
      try {
        return baseRef(name);
      } catch (e) {
        throw e instanceof DockerfileError ? e.at(st.stage.location) : e;
      }
    });
    const v = progress.start(`[internal] load metadata for ${fullString(ref)}`);
    try {
      const b = resolveBase(eng, name, req.pull, names, req.platform);
      v.spend(b.download || req.pull ? 700 + (st.index % 3) * 130 : 0);
      v.done();
      resolved.set(name, b);
    } catch (e) {
      if (!(e instanceof BaseImageError)) throw e;
      v.spend(400);
      throw new Failure({ message: `failed to solve: ${e.message}`, source: { ...src, ranges: st.stage.location }, failedVertex: v.fail(e.vertexError) });
    }
  }
  return resolved;
}

function contextBytes(eng: Engine, req: BuildRequest, ctx: BuildContext, plan: Plan): number {
  const sources = plan.states.filter((s) => s.reachable).flatMap((s) => s.commands.flatMap((c) => {
    if ((c.ins.kind === 'copy' && !c.ins.from) || c.ins.kind === 'add') return c.ins.files.sources;
    if (c.ins.kind === 'run') return c.ins.mounts.filter((m) => !/(^|,)(type=(cache|secret|tmpfs|ssh)|from=)/.test(m)).map((m) => /(?:^|,)(?:source|src)=([^,]*)/.exec(m)?.[1] ?? '.');
    return [];
  }));
  return transferBytes(usedEntries(ctx, sources), (buildState(eng).contexts[req.contextDir ?? '-'] ??= {}));
}

function contextFsOf(ctx: BuildContext): OverlayFs {
  const layer: LayerData = { entries: {} };
  for (const e of ctx.entries.values()) {
    const base = { mode: e.mode, uid: 0, gid: 0, mtime: 0 };
    layer.entries[`/${e.rel}`] = e.type === 'dir' ? { t: 'd', ...base } : e.type === 'symlink' ? { t: 'l', ...base, target: e.target ?? '' } : { t: 'f', ...base, data: e.data ?? '' };
  }
  return new OverlayFs([layer], { writable: false, now: () => 0 });
}

function usesContext(plan: Plan): boolean {
  return plan.states.some((s) => s.reachable && s.commands.some((c) => (c.ins.kind === 'copy' && !c.ins.from) || c.ins.kind === 'add' || (c.ins.kind === 'run' && c.ins.mounts.some((m) => !/(^|,)(type=(cache|secret|tmpfs|ssh)|from=)/.test(m)))));
}

/**
 * Build per the request. `secrets` are the `--secret` values by id; `tools` are extra commands
 * for RUN steps beyond the package tools (curl, git… as the host wiring provides them).
 */
export function buildImage(eng: Engine, req: BuildRequest, secrets: ReadonlyMap<string, string> = new Map(), tools: Readonly<Record<string, CommandFn>> = {}): BuildResult {
  const progress = new Progress(eng);
  const started = progress.now();
  let lint = new Linter();
  let warningsAt = -1;
  const finish = (extra: Partial<BuildResult>): BuildResult => {
    if (lint.warnings.length > 0) {
      const def = progress.vertices[0]!;
      progress.vertices.splice(warningsAt < 0 ? progress.vertices.length : warningsAt, 0, { ...def, statuses: [], logs: [], warnings: lint.warnings.map(warningShort), reprint: true });
    }
    return { vertices: progress.vertices, warnings: lint.warnings, ms: progress.now() - started, ...extra };
  };
  try {
    const src = readDockerfile(req, progress);
    const df = withLocation(src, () => parseDockerfile(src.text));
    lint = new Linter(parseCheck(df.check));
    lint.warnings.push(...df.warnings);
    const globals = withLocation(src, () => metaArgs(defaultArgs(req.target, req.buildArgs, req.platform || undefined), df.metaArgs, req.buildArgs, df.escape));
    const plan = withLocation(src, () => planStages(df, globals, req.target, lint));
    const bases = resolveBases(eng, req, progress, plan, src);
    const context = loadIgnore(req, progress);
    warningsAt = progress.vertices.length;
    if (req.checkOnly) return checkOnly(eng, req, progress, plan, bases, src, lint, globals, df.escape, started);
    let ctxFs: OverlayFs | null = null;
    const dctx: DispatchCtx = {
      eng, req, progress, lint, escape: df.escape, lexer: makeLexer(df.escape), globals, secrets, tools, stats: { freshBytes: 0 },
      context: () => context, contextFs: () => (ctxFs ??= contextFsOf(context)), stageNames: plan.states.map((s) => s.name).filter(Boolean),
    };
    for (const st of plan.states) {
      if (!st.reachable || st.base.kind === 'stage') continue;
      const base = st.base.kind === 'image' ? bases.get(st.base.ref)! : null;
      withLocation(src, () => initStage(st, base));
      if (st.unregistered) st.done = true;
      if (!base) continue;
      st.shownName = shownName(base);
      recordFrom(progress, stepName(st, `FROM ${st.shownName}`, false), base);
    }
    if (usesContext(plan)) {
      const v = progress.start('[internal] load build context');
      v.status('transferring context:', 10 + Math.round(context.entries.size / 20), { current: contextBytes(eng, req, context, plan) });
      v.done();
    }
    let failure: Failure | null = null;
    for (const st of plan.states) {
      if (!st.reachable || st.unregistered) continue;
      try {
        if (st.base.kind === 'stage') withLocation(src, () => initStage(st, null));
        runStage(dctx, st, failure !== null);
      } catch (e) {
        failure ??= asFailure(e, src);
      }
    }
    if (failure) throw failure;
    const lintError = lint.error();
    if (lintError) throw located(lintError, src);
    const image = exportImage(eng, progress, plan.target, req.tags, req.labels, dctx.stats.freshBytes, targetPlatform(req.platform));
    return finish({ imageId: image.id });
  } catch (e) {
    if (e instanceof Failure) return finish({ error: e.failure });
    throw e;
  }
}

/** `--check`: convert every reachable stage without executing, report the checks. */
function checkOnly(eng: Engine, req: BuildRequest, progress: Progress, plan: Plan, bases: Map<string, ResolvedBase>, src: Source, lint: Linter, globals: DispatchCtx['globals'], escape: string, started: number): BuildResult {
  const empty = loadContext(req.hostFs, null);
  const dctx: DispatchCtx = { eng, req, progress, lint, escape, lexer: makeLexer(escape), globals, secrets: new Map(), tools: {}, stats: { freshBytes: 0 }, context: () => empty, contextFs: () => contextFsOf(empty), stageNames: [] };
  let error: BuildFailure | undefined;
  for (const st of plan.states) {
    if (!st.reachable || st.unregistered) continue;
    try {
      withLocation(src, () => initStage(st, st.base.kind === 'image' ? bases.get(st.base.ref)! : null));
      runStage(dctx, st, true);
    } catch (e) {
      error ??= asFailure(e, src).failure;
    }
  }
  return { vertices: progress.vertices, warnings: lint.warnings, ms: progress.now() - started, ...(error ? { error } : {}) };
}

function asFailure(e: unknown, src: Source): Failure {
  if (e instanceof StepError) return new Failure({ message: `failed to solve: ${e.message}`, source: { ...src, ranges: e.ranges }, ...(e.vertex ? { failedVertex: e.vertex } : {}) });
  if (e instanceof DockerfileError) return located(e, src);
  if (e instanceof Failure) return e;
  throw e;
}

function loadIgnore(req: BuildRequest, progress: Progress): BuildContext {
  const v = progress.start('[internal] load .dockerignore');
  let context: BuildContext;
  try {
    context = loadContext(req.hostFs, req.contextDir);
  } catch (e) {
    if (e instanceof IgnoreError) throw new Failure({ message: `failed to solve: ${e.message}`, failedVertex: v.fail(e.message) });
    throw e;
  }
  v.status('transferring context:', 4, { current: Math.max(2, utf8Length(context.ignoreText)) });
  v.done();
  return context;
}

function withLocation<T>(src: Source, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof DockerfileError) throw located(e, src);
    throw e;
  }
}

