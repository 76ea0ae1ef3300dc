/**
 * `up` without -d (compose's log printer): `Attaching to db-1, web-1`, every line of the
 * attached containers prefixed with their name padded to a common width (`web-1  | …`),
 * `web-1 exited with code 0` when one ends. Simulated time runs on to the next exit while one
 * is due; when everything attached has ended the command returns. With a cascade
 * (`--abort-on-container-exit`, `--abort-on-container-failure`, `--exit-code-from`) the first
 * (failed) exit prints `Aborting on container exit...`, stops the project (its frame) and returns
 * the chosen service's exit code. Otherwise, while something still runs with no end in sight,
 * the terminal stays attached until Ctrl+C, which stops the project gracefully
 * (`Gracefully stopping... (press Ctrl+C again to force)`, then the stop frame).
 */
import {
  nameWithoutProject,
  stopServices,
  type ComposeProject,
} from '../../sim/compose/index';
import { advance, hostOf, type ContainerRecord } from '../../sim/index';
import { renderProgress } from './progress-render';
import type { ComposeCtx } from './project-options';
import { flushProgress, newProgress } from './progress-run';

export interface Attached {
  containers: ContainerRecord[];
  /** The clock when the command began: lines from then on are shown. */
  since: number;
}

/** compose's api.Cascade: what the first container exit does. */
export type Cascade = 'ignore' | 'stop' | 'fail';

export interface AttachOptions {
  noLogPrefix: boolean;
  timeout?: number;
  cascade?: Cascade;
  /** `--exit-code-from`: the service whose exit code the command returns ('' for none). */
  exitCodeFrom?: string;
  /** The services named on the command line: what an abort stops ([] = all). */
  services?: readonly string[];
}

/** Simulated time `up` lets pass waiting for the next exit before staying attached for good. */
const MAX_WAIT_MS = 24 * 3600 * 1000;

export function prefixWidth(cs: readonly ContainerRecord[]): number {
  return Math.max(0, ...cs.map((c) => nameWithoutProject(c).length)) + 1;
}

export const prefixed = (name: string, width: number, text: string) => `${name.padEnd(width)} | ${text}\n`;

function linesOf(ctx: ComposeCtx, cs: readonly ContainerRecord[], from: number, to: number, width: number, noPrefix: boolean): string {
  const all: { t: number; name: string; text: string; i: number }[] = [];
  let i = 0;
  for (const c of cs) {
    const live = hostOf(ctx.env.eng).containers[c.id] ?? c;
    for (const l of live.logs) if (l.t >= from && l.t <= to) all.push({ t: l.t, name: nameWithoutProject(live), text: l.text, i: i++ });
  }
  all.sort((a, b) => a.t - b.t || a.i - b.i);
  return all.map((l) => (noPrefix ? l.text + '\n' : prefixed(l.name, width, l.text))).join('');
}

/** Attached containers that ended since the last look, in the order they ended. */
function newlyExited(ctx: ComposeCtx, cs: readonly ContainerRecord[], reported: Set<string>): ContainerRecord[] {
  const out: ContainerRecord[] = [];
  for (const c of cs) {
    const live = hostOf(ctx.env.eng).containers[c.id];
    if (!live || live.state.Running || reported.has(c.id) || live.state.StartedAt === null) continue;
    reported.add(c.id);
    out.push(live);
  }
  return out.sort((a, b) => (a.state.FinishedAt ?? 0) - (b.state.FinishedAt ?? 0));
}

/** When the next attached container is due to end by itself (null: none will). */
function nextExit(ctx: ComposeCtx, cs: readonly ContainerRecord[]): number | null {
  let next: number | null = null;
  for (const c of cs) {
    const live = hostOf(ctx.env.eng).containers[c.id];
    if (!live?.state.Running || live.state.Restarting || live.state.Paused) continue;
    for (const t of [live.proc?.exitAt, live.proc?.oomAt]) if (typeof t === 'number' && (next === null || t < next)) next = t;
  }
  return next;
}

const serviceOf = (c: ContainerRecord) => c.config.Labels['com.docker.compose.service'] ?? '';

function exitCodeOf(ctx: ComposeCtx, cs: readonly ContainerRecord[], service: string): number {
  const mine = cs.map((c) => hostOf(ctx.env.eng).containers[c.id]).filter((c): c is ContainerRecord => !!c && serviceOf(c) === service);
  return mine.length > 0 ? mine[mine.length - 1]!.state.ExitCode : 0;
}

/** Print what the attached containers said, following them over simulated time. */
export function attachProject(ctx: ComposeCtx, p: ComposeProject, a: Attached, o: AttachOptions): number {
  const eng = ctx.env.eng;
  const cascade = o.cascade ?? 'ignore';
  let exitCodeFrom = o.exitCodeFrom ?? '';
  const width = prefixWidth(a.containers);
  ctx.out(`Attaching to ${a.containers.map(nameWithoutProject).join(', ')}\n`);
  let cursor = a.since;
  const reported = new Set<string>();
  const running = () => a.containers.some((c) => hostOf(eng).containers[c.id]?.state.Running === true);
  for (let step = 0; step < 1000; step++) {
    ctx.out(linesOf(ctx, a.containers, cursor, eng.world.clock, width, o.noLogPrefix));
    cursor = eng.world.clock + 1;
    for (const c of newlyExited(ctx, a.containers, reported)) {
      ctx.out(`${nameWithoutProject(c)} exited with code ${c.state.ExitCode}\n`);
      const failed = c.state.ExitCode !== 0;
      if (cascade === 'ignore' || (cascade === 'fail' && !failed)) continue;
      if (cascade === 'fail' || exitCodeFrom === '') exitCodeFrom = serviceOf(c);
      ctx.err('Aborting on container exit...\n');
      const progress = newProgress(ctx, 'Stopping');
      stopServices(eng, p, o.services ?? [], progress, o.timeout);
      flushProgress(ctx, progress);
      return exitCodeOf(ctx, a.containers, exitCodeFrom);
    }
    if (!running()) return 0;
    const next = nextExit(ctx, a.containers);
    if (next === null || next - eng.world.clock > MAX_WAIT_MS) break;
    advance(eng, Math.max(0, next - eng.world.clock));
  }
  ctx.io.shell.attach(() => {
    let out = linesOf(ctx, a.containers, cursor, eng.world.clock, width, o.noLogPrefix);
    out += 'Gracefully stopping... (press Ctrl+C again to force)\n';
    const progress = newProgress(ctx, 'Stopping');
    stopServices(eng, p, o.services ?? [], progress, o.timeout);
    out += renderProgress(progress);
    // compose's printer is aborting by now: the exits the stop causes are not reported.
    return { output: '\n' + out, exitCode: 130 };
  });
  return 0;
}
