/**
 * Usage errors of the image and registry verbs, word for word and with the exit code, as the real
 * docker 28.2.2 client printed them (testing/record-usage.sh → testing/usage-fixtures.json).
 */
import { describe, expect, it } from 'vitest';
import fixtures from './testing/usage-fixtures.json';
import { dockerSession } from './testing/docker-session';

interface Fixture {
  line: string;
  output: string;
  exitCode: number;
}

const clientSide = (fixtures as Fixture[]).filter((f) => !f.output.includes('Cannot connect to the Docker daemon'));

describe('image and registry verbs reject bad lines like the real client', () => {
  it('has fixtures for most lines', () => expect(clientSide.length).toBeGreaterThan(40));

  it.each(clientSide.map((f) => [f.line, f] as const))('%s', (_line, f) => {
    const r = dockerSession().run(f.line);
    expect((r.stdout + r.stderr).trimEnd()).toBe(f.output);
    expect(r.exit).toBe(f.exitCode);
  });
});
