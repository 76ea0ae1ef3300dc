/**
 * `docker compose rm` asks through compose's pkg/prompt: survey's `? … (y/N)` on a terminal (the
 * learner's next line answers), the bare message on piped or redirected stdin (one word, a Go bool).
 */
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

function exitedProject() {
  const s = createHostSession({ files: { 'example/compose.yaml': 'services:\n  bar:\n    image: alpine\n    command: echo hi\n' } });
  s.run('cd example');
  expect(s.run('docker compose up -d').exitCode).toBe(0);
  return s;
}

const names = (s: ReturnType<typeof createHostSession>) => s.run("docker ps -a --format '{{.Names}}'").stdout;

describe('docker compose rm', () => {
  it('on a terminal asks survey\'s question and removes on the answer y', () => {
    const s = exitedProject();
    expect(s.run('docker compose rm')).toMatchObject({ stdout: '? Going to remove example-bar-1 (y/N) ', exitCode: 0 });
    const answered = s.run('y');
    expect(answered.stderr).toMatch(/ ✔ Container example-bar-1 +Removed/);
    expect(names(s)).toBe('');
  });

  it('on a terminal Enter alone keeps the containers (the default is No)', () => {
    const s = exitedProject();
    s.run('docker compose rm');
    expect(s.run('')).toMatchObject({ stdout: '', stderr: '' });
    expect(names(s)).toBe('example-bar-1\n');
  });

  it('with stdin redirected or piped prints the bare message and reads one Go bool', () => {
    const s = exitedProject();
    expect(s.run('docker compose rm </dev/null')).toMatchObject({ stdout: 'Going to remove example-bar-1', stderr: '' });
    expect(s.run('echo yes | docker compose rm')).toMatchObject({ stdout: 'Going to remove example-bar-1', stderr: '' });
    expect(names(s)).toBe('example-bar-1\n');
    const r = s.run('echo true | docker compose rm');
    expect(r.stdout).toBe('Going to remove example-bar-1');
    expect(r.stderr).toMatch(/Removed/);
    expect(names(s)).toBe('');
    expect(s.run('docker compose rm')).toMatchObject({ stdout: '', stderr: 'No stopped containers\n' });
  });
});
