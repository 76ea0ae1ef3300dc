/**
 * Replays the real kubectl's recorded answers (testing/fixtures.json, made by
 * testing/record-fixtures.mjs from kubectl v1.32): usage errors, connection failures without a
 * cluster, client-side dry runs and help pages must match word for word. klog timestamps and pids
 * are normalised; `[api]` lines run against a started minikube.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

interface Fixture {
  cmd: string;
  api: boolean;
  stdout: string;
  stderr: string;
  exit: number;
}

const fixtures = JSON.parse(readFileSync(new URL('./testing/fixtures.json', import.meta.url), 'utf8')) as Fixture[];

const normal = (s: string) => s.replace(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, 'E0000 00:00:00.000000 PID ').replace(/-dispatcher/g, '');

describe('kubectl matches the real client', () => {
  it.each(fixtures.map((f) => [f.cmd, f] as const))('%s', (_cmd, f) => {
    const host = createHostSession();
    if (f.api) host.run('minikube start');
    const r = host.run(f.cmd);
    expect({ stdout: normal(r.stdout), stderr: normal(r.stderr), exit: r.exitCode }).toEqual({ stdout: normal(f.stdout), stderr: normal(f.stderr), exit: f.exit });
  });
});
