import { describe, expect, it } from 'vitest';
import { hostSession } from './test-support';

describe('a command context', () => {
  it('hands a piped command what is left of its input, once, after a builtin took a line', () => {
    const s = hostSession();
    expect(s.run("printf 'a\\nb\\nc\\n' | { read x; echo \"[$x]\"; cat; cat; }").stdout).toBe('[a]\nb\nc\n');
  });

  it('reads as empty without a pipe, and for input already consumed', () => {
    const s = hostSession();
    expect(s.run('echo hi | { cat; cat; echo end; }').stdout).toBe('hi\nend\n');
    expect(s.run('cat </dev/null; echo $?').stdout).toBe('0\n');
  });
});
