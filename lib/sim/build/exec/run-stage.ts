/**
 * Dispatching a stage's instructions in order. After a failure the remaining instructions are
 * still converted (without executing), as BuildKit converts the whole Dockerfile before solving,
 * so its build checks report the same warnings.
 */
import { DockerfileError } from '../dockerfile/errors';
import { LexError } from '../dockerfile/shell-lex';
import type { DispatchCtx } from './context';
import { expandInstruction } from './context';
import { dispatchMeta } from './dispatch-meta';
import { dispatchFiles, dispatchWorkdir } from './dispatch-files';
import { dispatchRun } from './dispatch-run';
import { normPath } from '../../fs/overlay-data';
import type { StageState } from './state';

/**
 * Run the stage's commands; with `dry` (an earlier failure) only convert them. The first error
 * is rethrown once the remaining commands have been converted.
 */
export function runStage(ctx: DispatchCtx, st: StageState, dry: boolean): void {
  let error: unknown = null;
  for (const cmd of st.commands) {
    try {
      const ins = expandInstruction(ctx, st, cmd.ins);
      if (dispatchMeta(ctx, st, ins)) continue;
      if (dry) lintOnly(ctx, st, ins);
      else if (ins.kind === 'workdir') dispatchWorkdir(ctx, st, ins, cmd.onbuild);
      else if (ins.kind === 'copy' || ins.kind === 'add') dispatchFiles(ctx, st, ins, cmd.source, cmd.onbuild);
      else if (ins.kind === 'run') dispatchRun(ctx, st, ins, cmd.source, cmd.onbuild);
    } catch (e) {
      if (dry) continue;
      error = e instanceof LexError || (e instanceof DockerfileError && e.ranges.length === 0) ? new DockerfileError((e as Error).message, cmd.ins.location) : e;
      dry = true;
    }
  }
  st.done = !dry;
  if (error !== null) throw error;
}

/** The checks and state changes of a filesystem step, without running it (WORKDIR's path). */
function lintOnly(ctx: DispatchCtx, st: StageState, ins: Parameters<typeof expandInstruction>[2]): void {
  if (ins.kind === 'workdir') {
    if (!st.workdirSet && !ins.path.startsWith('/')) ctx.lint.run('WorkdirRelativePath', ins.location[0]?.start ?? 0, ins.path);
    st.workdirSet = true;
    st.image.config.WorkingDir = normPath(ins.path.startsWith('/') ? ins.path : `${st.image.config.WorkingDir || '/'}/${ins.path}`);
  }
}
