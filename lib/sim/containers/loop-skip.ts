/**
 * Skipping a `while true` loop's iterations after a long clock jump (only the last iterations
 * are replayed) must still move its counters: `i=$((i+1))`, `n=$((n - 2))`, `: $((i+=5))`,
 * `$((i++))` each change a carried variable by a fixed step per iteration, so N skipped
 * iterations move it by N steps. Other variables keep their values (as if unchanged).
 */
import type { LoopVars } from './run-process';

const ASSIGN = /\b([A-Za-z_]\w*)=\$\(\(\s*\$?([A-Za-z_]\w*)\s*([+-])\s*(\d+)\s*\)\)/g;
const COMPOUND = /\$\(\(\s*([A-Za-z_]\w*)\s*([+-])=\s*(\d+)\s*\)\)/g;
const INCREMENT = /\$\(\(\s*(?:([A-Za-z_]\w*)\s*(\+\+|--)|(\+\+|--)\s*([A-Za-z_]\w*))\s*\)\)/g;

/** The fixed change per iteration of each counter the body updates. */
export function counterSteps(script: string): Record<string, number> {
  const steps: Record<string, number> = {};
  const add = (name: string, delta: number) => (steps[name] = (steps[name] ?? 0) + delta);
  for (const m of script.matchAll(ASSIGN)) if (m[1] === m[2]) add(m[1]!, (m[3] === '-' ? -1 : 1) * Number(m[4]));
  for (const m of script.matchAll(COMPOUND)) add(m[1]!, (m[2] === '-' ? -1 : 1) * Number(m[3]));
  for (const m of script.matchAll(INCREMENT)) add((m[1] ?? m[4])!, (m[2] ?? m[3]) === '--' ? -1 : 1);
  return steps;
}

/** The carried variables after `skipped` iterations that are not replayed. */
export function skipIterations(script: string, vars: LoopVars, skipped: number): LoopVars {
  const next = { ...vars };
  for (const [name, step] of Object.entries(counterSteps(script))) {
    const v = next[name];
    if (v !== undefined && /^-?\d+$/.test(v)) next[name] = String(Number(v) + step * skipped);
  }
  return next;
}
