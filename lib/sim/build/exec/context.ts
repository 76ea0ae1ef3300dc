/**
 * What every dispatch step shares during one build, and variable expansion of an instruction's
 * words in a stage (BuildKit's Expand / SingleWordExpansion), with the UndefinedVar check.
 */
import type { CommandFn } from '../../../shell/types';
import type { Engine } from '../../core/engine';
import type { OverlayFs } from '../../fs/overlay';
import type { BuildContext } from '../context/load';
import { DockerfileError } from '../dockerfile/errors';
import type { Instruction } from '../dockerfile/instructions';
import type { Linter } from '../dockerfile/lint';
import { newLexer, type Lexer } from '../dockerfile/shell-lex';
import { suggest } from '../dockerfile/suggest';
import type { Progress } from '../progress';
import type { BuildRequest } from '../types';
import type { EnvList } from './env';
import type { StageState } from './state';

export interface DispatchCtx {
  eng: Engine;
  req: BuildRequest;
  progress: Progress;
  lint: Linter;
  escape: string;
  lexer: Lexer;
  globals: EnvList;
  /** The context as a read-only filesystem rooted at `/` (loaded once). */
  contextFs: () => OverlayFs;
  context: () => BuildContext;
  /** Secret id → value. */
  secrets: ReadonlyMap<string, string>;
  /** Extra commands for RUN steps (curl, git… from the host wiring). */
  tools: Readonly<Record<string, CommandFn>>;
  stageNames: readonly string[];
  /** Bytes of layers produced (not taken from the cache) in this build. */
  stats: { freshBytes: number };
}

export function makeLexer(escape: string): Lexer {
  return newLexer(escape);
}

type Expandable = Extract<Instruction, { kind: 'env' | 'label' | 'copy' | 'add' | 'workdir' | 'user' | 'volume' | 'stopsignal' }>;

/** Expand the words BuildKit expands for this instruction; other instructions pass through. */
export function expandInstruction(ctx: DispatchCtx, st: StageState, ins: Instruction): Instruction {
  const unmatched = new Set<string>();
  const word = (w: string): string => {
    try {
      const r = ctx.lexer.processWord(w, st.env);
      for (const u of r.unmatched) unmatched.add(u);
      return r.result;
    } catch (e) {
      throw new DockerfileError((e as Error).message, ins.location);
    }
  };
  let out: Instruction = ins;
  const e = ins as Expandable;
  switch (ins.kind) {
    case 'env':
    case 'label': {
      const list = (ins.kind === 'env' ? ins.env : ins.labels).map((kv) => ({ key: word(kv.key), value: word(kv.value), noDelim: kv.noDelim }));
      out = ins.kind === 'env' ? { ...ins, env: list } : { ...ins, labels: list };
      break;
    }
    case 'copy':
    case 'add': {
      const x = e as Extract<Instruction, { kind: 'copy' | 'add' }>;
      out = { ...x, chown: word(x.chown), chmod: word(x.chmod), files: { ...x.files, sources: x.files.sources.map(word), dest: word(x.files.dest) } } as Instruction;
      break;
    }
    case 'workdir':
      out = { ...ins, path: word(ins.path) };
      break;
    case 'user':
      out = { ...ins, user: word(ins.user) };
      break;
    case 'volume':
      out = { ...ins, volumes: ins.volumes.map(word) };
      break;
    case 'stopsignal':
      out = { ...ins, signal: word(ins.signal) };
      break;
    case 'run':
      out = { ...ins, mounts: ins.mounts.map(word) };
      break;
    default:
      return ins;
  }
  reportUndefined(ctx, st, ins, unmatched);
  return out;
}

export function reportUndefined(ctx: DispatchCtx, st: StageState, ins: Instruction, unmatched: Set<string>): void {
  if (unmatched.size === 0) return;
  for (const a of st.buildArgs) unmatched.delete(a.key);
  const keys = st.env.keys();
  for (const v of unmatched) ctx.lint.run('UndefinedVar', ins.location[0]?.start ?? 0, v, suggest(v, keys, true));
}
