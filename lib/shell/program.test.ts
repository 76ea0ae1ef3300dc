import { describe, expect, it } from 'vitest';
import { programOf } from './program';
import { hostSession } from './test-support';

describe('programs (parsed source kept for re-runs)', () => {
  it('parses a text once: the same lines come back for the same text', () => {
    const first = programOf('echo kept; ls -l | wc -l');
    expect(programOf('echo kept; ls -l | wc -l')).toBe(first);
    expect(first.lines).toHaveLength(1);
    expect(first.error).toBeNull();
  });

  it('runs the lines before a syntax error, then reports it — the same on every run', () => {
    const s = hostSession();
    for (let i = 0; i < 2; i++) {
      const r = s.run('echo one\nfi\necho two');
      expect(r).toMatchObject({ stdout: 'one\n', exitCode: 2 });
      expect(r.stderr).toBe("bash: syntax error near unexpected token `fi'\n");
    }
  });

  it('prints a heredoc warning on every run, and a re-run changes nothing in what it ran', () => {
    const s = hostSession();
    const src = 'f() { echo "arg $1"; }; f x; (exit 3) & cat <<EOF\nbody';
    const first = s.run(src);
    expect(first.stdout).toBe('arg x\nbody\n');
    expect(first.stderr).toContain('warning: here-document at line 1 delimited by end-of-file');
    s.run('wait');
    const again = s.run(src);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr.replace(/\[\d\] \d+/, '')).toBe(first.stderr.replace(/\[\d\] \d+/, ''));
  });
});
