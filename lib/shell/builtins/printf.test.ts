import { describe, expect, it } from 'vitest';
import { run } from '../test-support';

describe('printf', () => {
  it.each([
    ["printf '%5s|%-5s|%05d|%.2f|%x\\n' ab cd 42 3.14159 255", '   ab|cd   |00042|3.14|ff\n', ''],
    ["printf '%s-%s\\n' a b c", 'a-b\nc-\n', ''],
    ["printf 'no newline'", 'no newline', ''],
    ["printf '%3d|%-3d|%+d\\n' 5 5 5", '  5|5  |+5\n', ''],
    ["printf '%s\\n'", '\n', ''],
    ["printf '%b\\n' 'a\\tb'", 'a\tb\n', ''],
    ["printf '%q\\n' \"a b'c\"", "a\\ b\\'c\n", ''],
    ["printf '%o %X %e\\n' 8 255 1234.5", '10 FF 1.234500e+03\n', ''],
    ["printf '%05.1f\\n' 3.14159", '003.1\n', ''],
    ['printf "%s=%s\\n" a 1 b 2', 'a=1\nb=2\n', ''],
    ["printf '%d %d\\n' 0x10 \"'A\"", '16 65\n', ''],
    ["printf '%c\\n' hello", 'h\n', ''],
    ["printf '%%|%5.2s|\\n' abc", '%|   ab|\n', ''],
    ["printf '%d\\n' abc", '0\n', 'bash: printf: abc: invalid number\n'],
    ["printf -v out '%03d' 7; echo $out", '007\n', ''],
    ['printf "\\101\\x42\\n"', 'AB\n', ''],
  ])('%j', (src, stdout, stderr) => {
    const r = run(src);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it('needs a format', () => {
    expect(run('printf')).toMatchObject({ exitCode: 2, stderr: 'printf: usage: printf [-v var] format [arguments]\n' });
  });
});
