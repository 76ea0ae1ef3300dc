/**
 * runc chdirs to the working directory before Go's exec.LookPath, so a program path with a slash
 * but no leading `/` (`CMD ["./s.sh"]`, `docker run -w /app img ./s.sh`, `docker exec -w`) is
 * found relative to WorkingDir; without the file it fails with LookPath's stat error.
 */
import { describe, expect, it } from 'vitest';
import { EngineError } from '../core/errors';
import type { ProcessIO } from '../core/engine';
import { testEngine } from '../testing-engine';
import { createContainer } from './create';
import { startContainer } from './start';
import { execRun } from './exec';
import { containerFs } from './view';

function withSpy() {
  const { eng } = testEngine(['alpine']);
  const calls: Array<{ argv: readonly string[]; cwd: string | undefined }> = [];
  const real = eng.rt.runner;
  eng.rt.runner = (m, argv, io: ProcessIO) => {
    calls.push({ argv, cwd: io.cwd });
    return argv[0] === './s.sh' ? { stdout: 'hi\n', stderr: '', exitCode: 0 } : real(m, argv, io);
  };
  return { eng, calls };
}

const message = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof EngineError) return `${e.exitStatus} ${e.message}`;
    throw e;
  }
  return 'ok';
};

describe('relative program paths', () => {
  it('finds ./s.sh in the WorkingDir for the main process', () => {
    const { eng, calls } = withSpy();
    const { container } = createContainer(eng, { name: 'rel', config: { Image: 'alpine', WorkingDir: '/app', Cmd: ['./s.sh'] } });
    const fs = containerFs(eng, container);
    fs.mkdir('/app', { recursive: true });
    fs.writeFile('/app/s.sh', '#!/bin/sh\necho hi\n', { mode: 0o755 });
    const started = startContainer(eng, container.id);
    expect(started.output.map((l) => l.text).join('')).toContain('hi');
    expect(calls.at(-1)).toEqual({ argv: ['./s.sh'], cwd: '/app' });
  });

  it('fails with stat of the relative path when the WorkingDir lacks it', () => {
    const { eng } = withSpy();
    const { container } = createContainer(eng, { name: 'rel2', config: { Image: 'alpine', WorkingDir: '/tmp', Cmd: ['./s.sh'] } });
    expect(message(() => startContainer(eng, container.id))).toMatch(/^127 .*exec: "\.\/s\.sh": stat \.\/s\.sh: no such file or directory: unknown$/);
  });

  it('resolves docker exec -w against the given directory', () => {
    const { eng, calls } = withSpy();
    const { container } = createContainer(eng, { name: 'box', config: { Image: 'alpine', Cmd: ['sleep', '1000'] } });
    startContainer(eng, container.id);
    const fs = containerFs(eng, container);
    fs.mkdir('/srv', { recursive: true });
    fs.writeFile('/srv/s.sh', '#!/bin/sh\n', { mode: 0o755 });
    expect(execRun(eng, 'box', ['./s.sh'], { workdir: '/srv' }).stdout).toBe('hi\n');
    expect(calls.at(-1)).toEqual({ argv: ['./s.sh'], cwd: '/srv' });
    expect(message(() => execRun(eng, 'box', ['./s.sh'], { workdir: '/nope' }))).toMatch(/^126 .*chdir to cwd \("\/nope"\) set in config\.json failed: no such file or directory: unknown$/);
    expect(message(() => execRun(eng, 'box', ['./s.sh']))).toMatch(/^127 .*exec: "\.\/s\.sh": stat \.\/s\.sh: no such file or directory: unknown$/);
  });
});
