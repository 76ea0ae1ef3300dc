/**
 * Running an operation under compose's progress display: events are collected while the engine
 * works, then the display's final frame goes to stderr (also when the operation fails, before
 * the error). `--progress plain` prints one line per event instead, `quiet` nothing.
 */
import { Progress } from '../../sim/compose/index';
import { advance } from '../../sim/index';
import { terminalWidth } from '../command';
import type { ComposeCtx } from './project-options';
import { rootOptions } from './project-options';
import { DRY_RUN_PREFIX, renderProgress } from './progress-render';

function plain(p: Progress, prefix: string): string {
  // fmt.Fprintln(out, prefix, e.ID, e.Text, e.StatusText): operands joined by spaces, the dry-run prefix empty
  return p.log.map((e) => `${prefix} ${e.id} ${e.text} ${e.statusText}\n`).join('') + p.tail.map((t) => t + '\n').join('');
}

/** The root `--dry-run` flag. */
export function isDryRun(ctx: ComposeCtx): boolean {
  return (ctx.globals as { dryRun?: boolean }).dryRun === true;
}

export function newProgress(ctx: ComposeCtx, title = 'Running'): Progress {
  return new Progress(() => ctx.env.eng.world.clock, title);
}

/** Print the frame, and let the simulated time the daemon calls took pass. */
export function flushProgress(ctx: ComposeCtx, p: Progress): void {
  const spent = p.now() - ctx.env.eng.world.clock;
  if (spent > 0) advance(ctx.env.eng, spent);
  const mode = rootOptions(ctx).progress || ctx.io.env.COMPOSE_PROGRESS || 'auto';
  if (mode === 'quiet' || mode === 'none') return;
  const dryRun = isDryRun(ctx);
  ctx.err(mode === 'plain' ? plain(p, dryRun ? DRY_RUN_PREFIX : '') : renderProgress(p, terminalWidth(ctx.io), dryRun));
}

/** Run `fn` with a fresh Progress and print its frame afterwards (even on failure). */
export function withProgress<T>(ctx: ComposeCtx, fn: (p: Progress) => T, title = 'Running'): T {
  const p = newProgress(ctx, title);
  try {
    return fn(p);
  } finally {
    flushProgress(ctx, p);
  }
}
