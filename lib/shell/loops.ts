/**
 * Loops and case: while/until (and C-style for), for-in, case with ;; ;& ;;&. Loops are bounded
 * (LIMITS.maxLoopIterations) so `while true` ends with an error instead of hanging the page.
 */
import type { Command, List } from './ast';
import { LIMITS } from './context';
import { LimitError, LoopSignal } from './errors';
import { expandPattern, expandString, expandWords } from './expand';
import type { Interp } from './interp';
import type { Io } from './io';
import { matchPattern } from './pattern';
import { setVar } from './state';

export function runCondition(sh: Interp, list: List, io: Io): number {
  sh.condDepth++;
  try {
    return sh.runList(list, io);
  } finally {
    sh.condDepth--;
  }
}

/** Runs one loop body; 'break' ends the loop; outer-level break/continue are rethrown. */
function loopBody(sh: Interp, body: List, io: Io): 'break' | null {
  sh.loopDepth++;
  try {
    sh.runList(body, io);
    return null;
  } catch (e) {
    if (!(e instanceof LoopSignal)) throw e;
    if (e.levels > 1) {
      e.levels--;
      throw e;
    }
    return e.kind === 'break' ? 'break' : null;
  } finally {
    sh.loopDepth--;
  }
}

function countIteration(n: number): void {
  if (n > LIMITS.maxLoopIterations) {
    throw new LimitError(`loop stopped after ${LIMITS.maxLoopIterations} iterations (limit of this simulated shell)`);
  }
}

export function runWhile(sh: Interp, cmd: Extract<Command, { k: 'while' }>, io: Io): number {
  if (cmd.init) sh.runList([cmd.init], io);
  let status = 0;
  for (let n = 1; ; n++) {
    const c = runCondition(sh, cmd.cond, io);
    if (cmd.until ? c === 0 : c !== 0) break;
    countIteration(n);
    if (loopBody(sh, cmd.body, io) === 'break') break;
    status = sh.frame.lastExit;
  }
  return status;
}

export function runFor(sh: Interp, cmd: Extract<Command, { k: 'for' }>, io: Io): number {
  sh.errSink = io.err;
  const items = cmd.items ? expandWords(sh, cmd.items) : [...sh.frame.positional];
  let status = 0;
  let n = 0;
  for (const item of items) {
    countIteration(++n);
    setVar(sh.frame, cmd.name, item);
    if (loopBody(sh, cmd.body, io) === 'break') break;
    status = sh.frame.lastExit;
  }
  return status;
}

export function runCase(sh: Interp, cmd: Extract<Command, { k: 'case' }>, io: Io): number {
  sh.errSink = io.err;
  const subject = expandString(sh, cmd.subject);
  let falling = false;
  let status = 0;
  for (const item of cmd.items) {
    if (falling || item.patterns.some(p => matchPattern(expandPattern(sh, p), subject))) {
      status = sh.runList(item.body, io);
      falling = item.fallthrough;
      if (!item.fallthrough && !item.testNext) return status;
    }
  }
  return status;
}
