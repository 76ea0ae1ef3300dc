/**
 * Behaviour scenarios: every tests/scenarios/*.json (same format as ../shared/fidelity/scenarios.json)
 * runs through the headless runner's core, one fresh host session per scenario, and each step is
 * checked like run-scenarios.mjs does (out / outNot on stdout, any on stdout+stderr, exit / exitNot).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../lib/host';
import { runScript } from '../lib/shell/runner';

interface Step {
  cmd: string;
  out?: string;
  outNot?: string;
  any?: string;
  exit?: number;
  exitNot?: number;
}

interface Scenario {
  name: string;
  steps: Step[];
}

const dir = fileURLToPath(new URL('./scenarios', import.meta.url));
const files = readdirSync(dir).filter(f => f.endsWith('.json')).sort();

function problems(step: Step, res: { stdout: string; stderr: string; exitCode: number } | undefined): string[] {
  if (!res) return ['no result'];
  const why: string[] = [];
  const any = res.stdout + res.stderr;
  if (step.out !== undefined && !new RegExp(step.out, 'm').test(res.stdout)) why.push(`stdout !~ /${step.out}/`);
  if (step.outNot !== undefined && new RegExp(step.outNot, 'm').test(res.stdout)) why.push(`stdout ~ /${step.outNot}/`);
  if (step.any !== undefined && !new RegExp(step.any, 'm').test(any)) why.push(`output !~ /${step.any}/`);
  if (step.exit !== undefined && res.exitCode !== step.exit) why.push(`exit ${res.exitCode} != ${step.exit}`);
  if (step.exitNot !== undefined && res.exitCode === step.exitNot) why.push(`exit == ${step.exitNot}`);
  return why;
}

describe.each(files)('%s', file => {
  const scenarios = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Scenario[];
  it.each(scenarios.map(s => [s.name, s] as const))('%s', (_name, scenario) => {
    const results = runScript(scenario.steps.map(s => s.cmd).join('\n') + '\n', () => createHostSession());
    const failures = scenario.steps.flatMap((step, i) => problems(step, results[i]).map(p => `#${i + 1} ${step.cmd}: ${p} (got ${JSON.stringify(results[i])})`));
    expect(failures).toEqual([]);
  });
});
