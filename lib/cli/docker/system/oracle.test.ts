/**
 * The network, volume, system and context verbs against the real docker 28.2.2 client: each line
 * of testing/oracle-lines.txt was run through the real client (no daemon) by record-fixtures.sh;
 * help texts and usage errors must match word for word, accepted lines must reach the verb.
 */
import { describe, expect, it } from 'vitest';
import { runTool } from '../../command/execute';
import { fakeIo } from '../../command/testing/fake-io';
import { shellWords } from '../../command/testing/shell-words';
import { createEngine } from '../../../sim/index';
import { fakeRunner } from '../../../sim/testing';
import { dockerTool } from '../tool';
import fixtures from './testing/oracle-fixtures.json';

interface Fixture {
  line: string;
  exitCode: number;
  stdout: string;
  stderr: string;
}

const eng = createEngine({ runner: fakeRunner });

function docker(line: string) {
  const io = fakeIo(shellWords(line), {});
  const exitCode = runTool(dockerTool(), shellWords(line).slice(1), io, { eng });
  return { exitCode, ...io.captured };
}

const reachedDaemon = (f: Fixture) => f.stderr.includes('Cannot connect to the Docker daemon');

describe('help and usage errors of the network, volume, system and context verbs', () => {
  it.each((fixtures as Fixture[]).filter((f) => !reachedDaemon(f)).map((f) => [f.line, f] as const))('%s', (_line, fx) => {
    const got = docker(fx.line);
    expect(got.stderr.trimEnd()).toBe(fx.stderr);
    expect(got.stdout.trimEnd()).toBe(fx.stdout);
    expect(got.exitCode).toBe(fx.exitCode);
  });

  it.each((fixtures as Fixture[]).filter(reachedDaemon).map((f) => [f.line] as const))('%s parses and runs', (line) => {
    expect(docker(line).stderr).not.toMatch(/unknown flag|requires|accepts/);
  });
});
