import { describe, expect, it } from 'vitest';
import { hostSession } from '../test-support';

function run(src: string) {
  const s = hostSession({ files: { 'w/f.txt': 'alpha\nbeta\ngamma\n' } });
  s.run('cd ~/w');
  return s.run(src);
}

/** [command, stdout, stderr, exit] — checked against bash 5.2. */
const CASES: [string, string, string, number][] = [
  ['echo -n hi; echo', 'hi\n', '', 0],
  ["echo -e 'a\\tb\\nc'", 'a\tb\nc\n', '', 0],
  ["echo -E 'a\\tb'", 'a\\tb\n', '', 0],
  ["echo -e '\\x41\\0102\\u263a'", 'AB☺\n', '', 0],
  ["echo -e 'stop\\chere'", 'stop', '', 0],
  ['echo -- -n', '-- -n\n', '', 0],
  ['cd nope', '', 'bash: cd: nope: No such file or directory\n', 1],
  ['cd f.txt', '', 'bash: cd: f.txt: Not a directory\n', 1],
  ['cd /root', '', 'bash: cd: /root: Permission denied\n', 1],
  ['cd a b', '', 'bash: cd: too many arguments\n', 1],
  ['cd /tmp && cd - && pwd', '/home/learner/w\n/home/learner/w\n', '', 0],
  ['unset HOME; cd', '', 'bash: cd: HOME not set\n', 1],
  ['pwd; cd ..; pwd; cd; pwd', '/home/learner/w\n/home/learner\n/home/learner\n', '', 0],
  ['export A=5; export -p | grep " A="', 'declare -x A="5"\n', '', 0],
  ['export 1x=2', '', "bash: export: `1x=2': not a valid identifier\n", 1],
  ['B=1; export B; bash -c \'echo $B\'', '1\n', '', 0],
  ['export -n HOME; bash -c \'echo "[$HOME]"\'', '[]\n', '', 0],
  ['X=1; unset X; echo "[$X]"', '[]\n', '', 0],
  ['unset 1x; echo $?', '0\n', '', 0],
  ['g() { :; }; type -t g; unset -f g; type -t g; echo $?', 'function\n1\n', '', 0],
  ['set -- a b c; shift; echo "$@"; shift 5; echo $?', 'b c\n1\n', '', 0],
  ['set -o bogus', '', 'bash: set: bogus: invalid option name\n', 2],
  ['set -x; echo traced', 'traced\n', '+ echo traced\n', 0],
  ['set -x; echo "a b" c; x=1; y="a b"', 'a b c\n', "+ echo 'a b' c\n+ x=1\n+ y='a b'\n", 0],
  ['type -a echo', 'echo is a shell builtin\necho is /usr/bin/echo\necho is /bin/echo\n', '', 0],
  ['PATH=/nonexistent; ls; echo $?', '127\n', 'bash: ls: command not found\n', 0],
  ['IFS=: read a b c <<< "1:2:3"; echo $b', '2\n', '', 0],
  ["read -r line <<< 'a\\b'; echo \"$line\"", 'a\\b\n', '', 0],
  ["read line <<< 'a\\b'; echo \"$line\"", 'ab\n', '', 0],
  ['read; echo "[$REPLY] $?"', '[] 1\n', '', 0],
  ['read -p "Name: " n <<< "Ada"; echo "hi $n"', 'hi Ada\n', 'Name: ', 0],
  ['echo "x y" | { read -r a b; echo "$b $a"; }', 'y x\n', '', 0],
  ['[ "a" = "a" ]; echo $?; [ "a" != "a" ]; echo $?; [ -z "" ]; echo $?; [ -n "" ]; echo $?', '0\n1\n0\n1\n', '', 0],
  ['[ 1 -lt 2 -a 3 -gt 2 ]; echo $?', '0\n', '', 0],
  ['[ -f f.txt ] && [ -d . ] && [ ! -e nope ] && [ -r f.txt ] && [ -s f.txt ] && echo ok', 'ok\n', '', 0],
  ['[ -w /etc/hostname ]; echo $?; [ -x /usr/bin/ls ]; echo $?', '1\n0\n', '', 0],
  ['[ abc -lt 2 ]; echo $?', '2\n', 'bash: [: abc: integer expression expected\n', 0],
  ['[ 1 = 1; echo $?', '2\n', "bash: [: missing `]'\n", 0],
  ['test; echo $?', '1\n', '', 0],
  ['test a b c; echo $?', '2\n', 'bash: test: b: binary operator expected\n', 0],
  ['test a b c d; echo $?', '2\n', 'bash: test: too many arguments\n', 0],
  ['type cd echo f.txt', 'cd is a shell builtin\necho is a shell builtin\n', 'bash: type: f.txt: not found\n', 1],
  ['type -t ls cd if', 'file\nbuiltin\nkeyword\n', '', 0],
  ['type ls', 'ls is /usr/bin/ls\n', '', 0],
  ['alias ll="ls -l"; type ll; alias ll', "ll is aliased to `ls -l'\nalias ll='ls -l'\n", '', 0],
  ['alias nope', '', 'bash: alias: nope: not found\n', 1],
  ['unalias nope', '', 'bash: unalias: nope: not found\n', 1],
  ['command -v cd ls', 'cd\n/usr/bin/ls\n', '', 0],
  ['command nope', '', 'bash: nope: command not found\n', 127],
  ['f() { echo fn; }; command -v f; f', 'f\nfn\n', '', 0],
  ["eval 'echo evaluated; Z=3'; echo $Z", 'evaluated\n3\n', '', 0],
  ['x=y; eval "echo \\$x"', 'y\n', '', 0],
  ['return', '', "bash: return: can only `return' from a function or sourced script\n", 2],
  ['break; echo after', 'after\n', "bash: break: only meaningful in a `for', `while', or `until' loop\n", 0],
  ['local x', '', 'bash: local: can only be used in a function\n', 1],
  ['let x=3+4; echo $x; let "y = x * 2"; echo $y', '7\n14\n', '', 0],
  ['let 0; echo $?', '1\n', '', 0],
  ['declare -x D=1; bash -c \'echo $D\'', '1\n', '', 0],
  ['source', '', 'bash: source: filename argument required\nsource: usage: source filename [arguments]\n', 2],
  ['history -z', '', 'bash: history: -z: invalid option\nhistory: usage: history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]\n', 2],
  ['exit abc', '', 'exit\nbash: exit: abc: numeric argument required\n', 2],
  ['exit 1 2; echo still', '', 'exit\nbash: exit: too many arguments\n', 1],
  ['true 1 2 3; echo $?', '0\n', '', 0],
  ['hash', 'hash: hash table empty\n', '', 0],
  ['time sleep 2', '', '\nreal\t0m2.000s\nuser\t0m0.000s\nsys\t0m0.000s\n', 0],
];

describe('builtins', () => {
  it.each(CASES)('%j', (src, stdout, stderr, code) => {
    const r = run(src);
    expect(r.stdout).toBe(stdout);
    expect(r.stderr).toBe(stderr);
    expect(r.exitCode).toBe(code);
  });

  it('history lists numbered entries and -c clears them', () => {
    const s = hostSession();
    s.run('echo one');
    s.run('echo two');
    expect(s.run('history').stdout).toBe('    1  echo one\n    2  echo two\n    3  history\n');
    s.run('history -c');
    expect(s.history()).toEqual([]);
  });

  it('help lists builtins and commands, and explains single builtins', () => {
    const s = hostSession();
    expect(s.run('help').stdout).toMatch(/^GNU bash, version 5\.2.*\n[\s\S]*\bcd\b[\s\S]*\bgrep\b/);
    expect(s.run('help cd').stdout).toMatch(/^cd: cd \[-L\|-P\] \[dir\]/);
    expect(s.run('help nothing')).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/no help topics match `nothing'/) });
  });
});
