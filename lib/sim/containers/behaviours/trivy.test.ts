import { describe, expect, it } from 'vitest';
import { testEngine } from '../../testing-engine';
import { createContainer } from '../create';
import { startContainer } from '../start';
import { readLogs } from '../logs';
import { advance } from '../../core/clock';
import type { Engine } from '../../core/engine';

function trivy(eng: Engine, args: string[]) {
  const { container } = createContainer(eng, { config: { Image: 'aquasec/trivy:0.72.0', Cmd: args } });
  startContainer(eng, container.id);
  advance(eng, 10_000);
  const logs = readLogs(eng, container, {});
  return { code: container.state.ExitCode, stdout: logs.filter((l) => l.stream === 'stdout').map((l) => l.text).join('\n'), stderr: logs.filter((l) => l.stream === 'stderr').map((l) => l.text).join('\n') };
}

describe('trivy in a container', () => {
  it('reports the findings at the chosen severities and exits with --exit-code', () => {
    const { eng } = testEngine(['aquasec/trivy:0.72.0']);
    const r = trivy(eng, ['image', '--severity', 'HIGH,CRITICAL', '--exit-code', '1', 'nginx:1.27-alpine']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nginx:1.27-alpine (alpine 3.21.4)\n=================================\nTotal: 8 (HIGH: 7, CRITICAL: 1)');
    expect(r.stdout).toMatch(/│ libxml2 +│ CVE-2025-32414 │ HIGH +│ fixed  │ 2\.13\.4-r5 +│ 2\.13\.4-r6 +│ libxml2: Out-of-Bounds Read in libxml2 +│/);
    expect(r.stdout).not.toContain('LOW');
    expect(r.stderr).toContain('INFO\tDetected OS\tfamily="alpine" version="3.21.4"');
  });

  it('finds less in a current tag, and exits 0 without --exit-code', () => {
    const { eng } = testEngine(['aquasec/trivy:0.72.0']);
    const r = trivy(eng, ['image', '--severity', 'CRITICAL', 'nginx:alpine']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Total: 0 (CRITICAL: 0)');
    expect(trivy(eng, ['image', '--ignore-unfixed', '-q', 'debian:bookworm-slim']).stdout).toContain('Total: 0 (UNKNOWN: 0, LOW: 0, MEDIUM: 0, HIGH: 0, CRITICAL: 0)');
  });

  it('prints its usage alone, and fails on unknown images and flags', () => {
    const { eng } = testEngine(['aquasec/trivy:0.72.0']);
    expect(trivy(eng, []).stdout).toMatch(/^Scanner for vulnerabilities in container images/);
    const missing = trivy(eng, ['image', 'nope:1']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/FATAL\tFatal error\trun error: .* unable to find the specified image "nope:1"/);
    expect(trivy(eng, ['image', '--bogus', 'alpine']).stderr).toBe('Error: unknown flag: --bogus');
  });
});
