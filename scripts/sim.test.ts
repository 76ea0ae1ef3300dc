import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

function sim(args: string[], input: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sim.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
}

// Each test starts a Node process that loads the whole simulator through tsx: seconds on a busy machine.
describe('scripts/sim.ts as a process', { timeout: 60_000 }, () => {
  it('--json prints one JSON line per command and nothing else', () => {
    const r = sim(['--json'], 'echo hi\ncat <<EOF\nx\nEOF\nnope\n');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map(l => JSON.parse(l))).toEqual([
      { input: 'echo hi', stdout: 'hi\n', stderr: '', exitCode: 0 },
      { input: 'cat <<EOF\nx\nEOF', stdout: 'x\n', stderr: '', exitCode: 0 },
      { input: 'nope', stdout: '', stderr: 'bash: nope: command not found\n', exitCode: 127 },
    ]);
  });

  it('--workspace loads real files into the learner home; --fresh isolates commands', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-ws-'));
    mkdirSync(join(dir, 'site'));
    writeFileSync(join(dir, 'site', 'index.html'), '<h1>hi</h1>\n');
    const r = sim(['--json', '--fresh', '--workspace', dir], 'cat site/index.html\ncd site\npwd\n');
    expect(r.stdout.trim().split('\n').map(l => JSON.parse(l).stdout)).toEqual(['<h1>hi</h1>\n', '', '/home/learner\n']);
  });

  it('rejects unknown arguments', () => {
    const r = sim(['--bogus'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown argument --bogus/);
  });
});
