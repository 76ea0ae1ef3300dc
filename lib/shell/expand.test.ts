import { describe, expect, it } from 'vitest';
import { hostSession } from './test-support';

/** Outputs below were checked against bash 5.2 (`bash -c`). */
function out(src: string, setup = ''): string {
  const s = hostSession({ files: { 'w/f.txt': 'alpha\nbeta\ngamma\n', 'w/d/x.log': '', 'w/d/y.log': '', 'w/d/e/.keep': '' } });
  s.run('cd ~/w' + (setup ? `; ${setup}` : ''));
  return s.run(src).stdout;
}

describe('quoting', () => {
  it.each([
    [`echo "a  b" 'c  d' e\\ f`, 'a  b c  d e f\n'],
    [`echo 'single $HOME' "double $USER"`, 'single $HOME double learner\n'],
    [`echo "\\$HOME \\"quoted\\" \\\\ \\\`"`, '$HOME "quoted" \\ `\n'],
    [`echo '\\n'`, '\\n\n'],
    [`echo 'it'"'"'s'`, "it's\n"],
    [`echo "tab:\\t" $'ansi:\\t|'`, 'tab:\\t ansi:\t|\n'],
    ['echo a\\\nb', 'ab\n'],
    ['echo "line1\nline2"', 'line1\nline2\n'],
  ])('%j', (src, want) => expect(out(src)).toBe(want));
});

describe('parameters', () => {
  it.each([
    ['echo ${unset:-default} ${unset-dash} "${empty:=assigned}" $empty', 'default dash assigned assigned\n'],
    ['x=abc.tar.gz; echo ${x%.*} ${x%%.*} ${x#*.} ${x##*.}', 'abc.tar abc tar.gz gz\n'],
    ['x=hello; echo ${#x} ${x:1} ${x: -2} ${x:1:2}', '5 ello lo el\n'],
    ['x=hello; echo ${x^^} ${x^} ${x/l/L} ${x//l/L}', 'HELLO Hello heLlo heLLo\n'],
    ['s=path/to/file; echo ${s/#path/PATH} ${s/%file/FILE}', 'PATH/to/file path/to/FILE\n'],
    ['x=1; x+=2; echo $x', '12\n'],
    ['echo ${nope:+alt} ${HOME:+alt}', 'alt\n'],
    ['set -- a "b c" d; echo $# "$2"', '3 b c\n'],
    ['false; echo $?; true; echo $?', '1\n0\n'],
    ['echo $$ | grep -c "^[0-9][0-9]*$"', '1\n'],
    ['echo ~ ~/x "~"', '/home/learner /home/learner/x ~\n'],
  ])('%j', (src, want) => expect(out(src)).toBe(want));

  it('reports ${x:?msg}, bad substitutions and unbound variables like bash', () => {
    const s = hostSession();
    expect(s.run('echo ${X:?not set}; echo after')).toMatchObject({ stdout: '', stderr: 'bash: X: not set\n', exitCode: 1 });
    expect(s.run('echo ${x!}')).toMatchObject({ stderr: 'bash: ${x!}: bad substitution\n', exitCode: 1 });
    expect(s.run('set -u; echo $nope')).toMatchObject({ stderr: 'bash: nope: unbound variable\n', exitCode: 1 });
  });
});

describe('field splitting and "$@"', () => {
  it.each([
    ['x="1 2  3"; for i in $x; do echo "[$i]"; done', '[1]\n[2]\n[3]\n'],
    ['x="1 2  3"; for i in "$x"; do echo "[$i]"; done', '[1 2  3]\n'],
    ['set -- a "b c" d; for i in "$@"; do echo "[$i]"; done', '[a]\n[b c]\n[d]\n'],
    ['set -- a "b c" d; for i in $@; do echo "[$i]"; done', '[a]\n[b]\n[c]\n[d]\n'],
    ['set -- a "b c" d; echo "$*"; IFS=,; echo "$*"', 'a b c d\na,b c,d\n'],
    ['IFS=: read a b c <<< "1:2:3"; echo $b', '2\n'],
    ['x="a:b::c"; IFS=:; for i in $x; do echo "[$i]"; done', '[a]\n[b]\n[]\n[c]\n'],
    ['f() { echo "$#"; }; f "" ""; f', '2\n0\n'],
    ['e=""; set -- $e "$e"; echo $#', '1\n'],
  ])('%j', (src, want) => expect(out(src)).toBe(want));
});

describe('command substitution and arithmetic', () => {
  it.each([
    ['echo $(echo $(echo nested) deeper)', 'nested deeper\n'],
    ['echo `echo back`tick', 'backtick\n'],
    ['echo "$(printf \'a\\n\\n\\n\')"end', 'aend\n'],
    ['x=$(false); echo $?', '1\n'],
    ['a=$(echo hi; echo there); echo "$a"', 'hi\nthere\n'],
    ['echo "$(echo "inner \\"quotes\\"")"', 'inner "quotes"\n'],
    ['echo $(cat <<EOF\nfrom heredoc\nEOF\n)', 'from heredoc\n'],
    ['echo $((3 + 4 * 2)) $((10 / 3)) $((10 % 3)) $((2 ** 8)) $(( (1+2) * 3 ))', '11 3 1 256 9\n'],
    ['i=5; echo $((i++)) $i $((++i)) $((i+=10)) $i', '5 6 7 17 17\n'],
    ['echo $((5 > 3)) $((5 == 3)) $((5 && 0)) $(( ! 0 )) $((7 & 3)) $((1 << 4)) $((-7 / 2)) $((-7 % 2))', '1 0 0 1 3 16 -3 -1\n'],
    ["bash -c 'echo $((!0)) $((!5))'", '1 0\n'],
    ['echo $((010)) $((0x1f)) $((2#101))', '8 31 5\n'],
    ['x=5; ((x++)); echo $x; ((x > 3)) && echo big', '6\nbig\n'],
    ['echo $(( $(echo 2) * 3 ))', '6\n'],
  ])('%j', (src, want) => expect(out(src)).toBe(want));

  it('reports arithmetic errors with bash’s wording', () => {
    expect(hostSession().run('echo $((1/0)); echo after')).toMatchObject({ stderr: 'bash: 1/0: division by 0 (error token is "0")\n', exitCode: 1, stdout: '' });
  });
});

describe('arrays (checked against bash 5.2)', () => {
  it.each([
    ['a=(1 2 3); echo ${a[0]} ${a[2]} ${#a[@]} "${a[@]}"', '1 3 3 1 2 3\n'],
    ['services=(web "db main" cache); for s in "${services[@]}"; do echo "[$s]"; done', '[web]\n[db main]\n[cache]\n'],
    ['services=(web "db main" cache); for s in ${services[@]}; do echo "[$s]"; done', '[web]\n[db]\n[main]\n[cache]\n'],
    ['a=(x y); a+=(z); echo ${a[@]} ${#a[*]}', 'x y z 3\n'],
    ['a[5]=five; a[1]=one; echo "${a[@]}" ${!a[@]}', 'one five 1 5\n'],
    ["a=(1 2 3); unset 'a[1]'; echo \"${a[@]}\" ${#a[@]}", '1 3 2\n'],
    ['a=(1 2 3); echo $a ${a[-1]}', '1 3\n'],
    ['a=(q w e); echo "${a[*]}"; IFS=,; echo "${a[*]}"', 'q w e\nq,w,e\n'],
    ['b=scalar; b[1]=x; echo "${b[@]}"', 'scalar x\n'],
    ['declare -a e; echo ${#e[@]}; e+=(one); echo ${e[0]}', '0\none\n'],
    ['files=(d/*.log); echo ${#files[@]} ${files[1]}', '2 d/y.log\n'],
    ['n=2; a=(a b c); echo ${a[n]} ${a[$n-1]}', 'c b\n'],
    ['true | false | true; echo "${PIPESTATUS[@]}"', '0 1 0\n'],
    ['x=1; y=x; echo ${!y}', '1\n'],
    ['arr=(\n  one\n  two\n); echo ${arr[1]}', 'two\n'],
    ['a=(1 2); declare -p a', 'declare -a a=([0]="1" [1]="2")\n'],
  ])('%j', (src, want) => expect(out(src)).toBe(want));
});

describe('brace expansion', () => {
  it.each([
    ['echo {1..3} {a..c} x{1,2}y {a,b}{c,d} {1..10..3} {x} {,a} a{b,c{d,e}}', '1 2 3 a b c x1y x2y ac ad bc bd 1 4 7 10 {x} a ab acd ace\n'],
    ['echo "{a,b}" \'{a,b}\' \\{a,b\\}', '{a,b} {a,b} {a,b}\n'],
    ['a=1; echo {$a,b}', '1 b\n'],
    ['echo {01..03} {c..a} {5..1..2}', '01 02 03 c b a 5 3 1\n'],
    ['mkdir -p p/{src,test} && ls p', 'src\ntest\n'],
  ])('%j', (src, want) => expect(out(src.replace('ls p', 'ls p | cat'))).toBe(want));
});

describe('pathname expansion', () => {
  it.each([
    ['echo *.txt d/*.log', 'f.txt d/x.log d/y.log\n'],
    ['echo nomatch*.zzz', 'nomatch*.zzz\n'],
    ['echo "*.txt" \'*\'', '*.txt *\n'],
    ['echo d/?.log', 'd/x.log d/y.log\n'],
    ['echo d/[x].log d/[^x].log', 'd/x.log d/y.log\n'],
    ["bash -c 'echo d/[!x].log'", 'd/y.log\n'],
    ['echo d/e/*', 'd/e/*\n'],
    ['echo d/e/.*', 'd/e/.keep\n'],
    ['echo */', 'd/\n'],
    ['x="*.txt"; echo $x "$x"', 'f.txt *.txt\n'],
    ['set -f; echo *.txt', '*.txt\n'],
  ])('%j', (src, want) => expect(out(src)).toBe(want));
});
