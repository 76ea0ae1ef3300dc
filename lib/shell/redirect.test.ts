import { describe, expect, it } from 'vitest';
import { hostSession } from './test-support';

function session() {
  const s = hostSession({ files: { 'w/f.txt': 'alpha\nbeta\ngamma\n' } });
  s.run('cd ~/w');
  return s;
}

describe('redirections', () => {
  it.each([
    ['echo a > o.txt; echo b >> o.txt; cat o.txt', 'a\nb\n', ''],
    ['ls nope 2> err.txt; cat err.txt', "ls: cannot access 'nope': No such file or directory\n", ''],
    ['ls f.txt nope > out.txt 2>&1; cat out.txt', "ls: cannot access 'nope': No such file or directory\nf.txt\n", ''],
    ['ls nope 2>&1 >/dev/null | tr a-z A-Z', "LS: CANNOT ACCESS 'NOPE': NO SUCH FILE OR DIRECTORY\n", ''],
    ['echo to-null > /dev/null; echo shown', 'shown\n', ''],
    ['cat nope 2>/dev/null || echo failed', 'failed\n', ''],
    ['echo err >&2', '', 'err\n'],
    ['echo out >&2 2>/dev/null', '', 'out\n'],
    ['ls nope &> both.txt; cat both.txt', "ls: cannot access 'nope': No such file or directory\n", ''],
    ['{ echo a; echo b; } > grp.txt; cat grp.txt', 'a\nb\n', ''],
    ['for i in 1 2; do echo $i; done > loop.txt; cat loop.txt', '1\n2\n', ''],
    ['wc -l < f.txt', '3\n', ''],
    ['cat f.txt > f.txt; wc -c f.txt', '0 f.txt\n', ''],
    ['echo hi | tee t.txt > /dev/null; cat t.txt', 'hi\n', ''],
    ['echo x > /dev/stderr', '', 'x\n'],
    ['f=o2.txt; echo v > $f; cat o2.txt', 'v\n', ''],
  ])('%j', (src, stdout, stderr) => {
    const r = session().run(src);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
  });

  it.each([
    ['cat < nope', 'bash: nope: No such file or directory\n', 1],
    ['echo x > nodir/f', 'bash: nodir/f: No such file or directory\n', 1],
    ['mkdir d; echo x > d', 'bash: d: Is a directory\n', 1],
    ['echo x > /etc/hostname', 'bash: /etc/hostname: Permission denied\n', 1],
    ['x="a b"; echo hi > $x', 'bash: $x: ambiguous redirect\n', 1],
    ['echo hi >&3', 'bash: 3: Bad file descriptor\n', 1],
  ])('%j fails like bash', (src, stderr, code) => {
    const r = session().run(src);
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(code);
  });
});

describe('heredocs and here-strings', () => {
  it.each([
    ["cat <<'EOF'\nliteral $HOME `x`\nEOF", 'literal $HOME `x`\n'],
    ['cat <<EOF\nuser $USER $((1+1)) $(echo sub)\nEOF', 'user learner 2 sub\n'],
    ['cat <<"EOF"\n$USER\nEOF', '$USER\n'],
    ['cat <<-EOF\n\tindented\n\t\tmore\n\tEOF', 'indented\nmore\n'],
    ['cat <<EOF | tr a-z A-Z\nshout\nEOF', 'SHOUT\n'],
    ['cat <<EOF > h.txt\nsaved\nEOF\ncat h.txt', 'saved\n'],
    ['cat <<< "here string"', 'here string\n'],
    ['read a b <<< "one two three"; echo "$b"', 'two three\n'],
    ['cat <<A; cat <<B\nfirst\nA\nsecond\nB', 'first\nsecond\n'],
    ['cat <<EOF\nescaped \\$HOME and \\\\ stays\nEOF', 'escaped $HOME and \\ stays\n'],
  ])('%j', (src, want) => expect(session().run(src).stdout).toBe(want));

  it('warns and keeps going when a heredoc reaches the end of input', () => {
    const r = session().run('cat <<EOF\nunfinished');
    expect(r.stdout).toBe('unfinished\n');
    expect(r.stderr).toBe("bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n");
  });
});
