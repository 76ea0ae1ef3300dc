/**
 * `up` without -d (compose's log printer): `Attaching to db-1, web-1`, every line of the
 * attached containers prefixed with their name padded to a common width (`web-1  | …`),
 * `web-1 exited with code 0` when one ends. When everything attached has already ended the
 * command returns; otherwise the terminal stays attached until Ctrl+C, which stops the project
 * gracefully (`Gracefully stopping... (press Ctrl+C again to force)`, then the stop frame).
 */
import {
  nameWithoutProject,
  stopServices,
  type ComposeProject,
} from '../../sim/compose/index';
import { hostOf, type ContainerRecord } from '../../sim/index';
import { renderProgress } from './progress-render';
import type { ComposeCtx } from './project-options';
import { newProgress } from './progress-run';

export interface Attached {
  containers: ContainerRecord[];
  /** The clock when the command began: lines from then on are shown. */
  since: number;
}

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

function exitLines(ctx: ComposeCtx, cs: readonly ContainerRecord[], reported: Set<string>): string {
  let out = '';
  for (const c of cs) {
    const live = hostOf(ctx.env.eng).containers[c.id];
    if (!live || live.state.Running || reported.has(c.id) || live.state.StartedAt === null) continue;
    reported.add(c.id);
    out += `${nameWithoutProject(live)} exited with code ${live.state.ExitCode}\n`;
  }
  return out;
}

/** Print what the attached containers said, then stay attached while one still runs. */
export function attachProject(ctx: ComposeCtx, p: ComposeProject, a: Attached, o: { noLogPrefix: boolean; timeout?: number }): number {
  const eng = ctx.env.eng;
  const width = prefixWidth(a.containers);
  ctx.out(`Attaching to ${a.containers.map(nameWithoutProject).join(', ')}\n`);
  let cursor = a.since;
  const reported = new Set<string>();
  ctx.out(linesOf(ctx, a.containers, cursor, eng.world.clock, width, o.noLogPrefix));
  cursor = eng.world.clock + 1;
  ctx.out(exitLines(ctx, a.containers, reported));
  const running = () => a.containers.some((c) => hostOf(eng).containers[c.id]?.state.Running === true);
  if (!running()) return 0;
  ctx.io.shell.attach(() => {
    let out = linesOf(ctx, a.containers, cursor, eng.world.clock, width, o.noLogPrefix);
    out += 'Gracefully stopping... (press Ctrl+C again to force)\n';
    const progress = newProgress(ctx, 'Stopping');
    stopServices(eng, p, [], progress, o.timeout);
    out += renderProgress(progress);
    out += exitLines(ctx, a.containers, reported);
    return { output: '\n' + out, exitCode: 130 };
  });
  return 0;
}
