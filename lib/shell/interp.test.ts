import { describe, expect, it } from 'vitest';
import { hostSession } from './test-support';

function run(src: string) {
  const s = hostSession({ files: { 'w/f.txt': 'alpha\nbeta\ngamma\n' } });
  s.run('cd ~/w');
  return s.run(src);
}

describe('lists, pipelines and status', () => {
  it.each([
    ['true && echo yes || echo no', 'yes\n'],
    ['false && echo yes || echo no', 'no\n'],
    ['! false; echo $?', '0\n'],
    ['(exit 7); echo $?', '7\n'],
    ['false | true; echo $?', '0\n'],
    ['true | false; echo $?', '1\n'],
    ['set -o pipefail; false | true; echo $?', '1\n'],
    ['x=1; (x=2); echo $x', '1\n'],
    ['x=1; { x=2; }; echo $x', '2\n'],
    ['cd /tmp | true; pwd', '/home/learner/w\n'],
    ['echo a | { read v; echo "got $v"; }', 'got a\n'],
    ['{ echo one; false; } && echo and || echo or', 'one\nor\n'],
    ['echo one; # comment here', 'one\n'],
    ['echo a #not-a-comment#x', 'a\n'],
    ['set -e; false; echo notreached', ''],
    ['set -e; false || true; echo reached', 'reached\n'],
    ['set -e; if false; then :; fi; echo reached', 'reached\n'],
  ])('%j', (src, want) => expect(run(src).stdout).toBe(want));

  it('runs background jobs to completion and reports the job like an interactive bash', () => {
    const r = run('echo bg & echo fg');
    expect(r.stdout).toBe('bg\nfg\n');
    expect(r.stderr).toMatch(/^\[1\] \d+\n$/);
  });
});

describe('compound commands', () => {
  it.each([
    ['if false; then echo a; elif true; then echo b; else echo c; fi', 'b\n'],
    ['if ! grep -q zzz f.txt; then echo absent; fi', 'absent\n'],
    ['for i in 1 2 3 4 5; do [ $i -eq 2 ] && continue; [ $i -eq 4 ] && break; echo $i; done', '1\n3\n'],
    ['for i in a b; do for j in 1 2; do [ $j = 2 ] && continue 2; echo $i$j; done; done', 'a1\nb1\n'],
    ['i=0; until [ $i -ge 3 ]; do echo $i; i=$((i+1)); done', '0\n1\n2\n'],
    ['for ((i=0; i<3; i++)); do echo $i; done', '0\n1\n2\n'],
    ['while read a b; do echo "$b-$a"; done < f.txt', '-alpha\n-beta\n-gamma\n'],
    ['printf "1 2\\n3 4\\n" | while read a b; do echo $((a+b)); done', '3\n7\n'],
    ['case "file.txt" in *.log) echo log;; *.txt) echo text;; esac', 'text\n'],
    ['case abc in a|b) echo 1;; a*) echo 2;;& *c) echo 3;; esac', '2\n3\n'],
    ['case a in a) echo 1;& b) echo 2;; c) echo 3;; esac', '1\n2\n'],
    ['[[ abc =~ ^a(b)c$ ]] && echo re', 're\n'],
    ['[[ "abc" == a* && -f f.txt ]] && echo both', 'both\n'],
    ['[[ "a*" == "a*" ]] && [[ "ab" != "a*" ]] && echo quoted-literal', 'quoted-literal\n'],
    ['while false; do :; done; echo $?', '0\n'],
    ['for x in; do echo never; done; echo done', 'done\n'],
  ])('%j', (src, want) => expect(run(src).stdout).toBe(want));

  it('runs the course notes’ backup loop against a tool that lists services', () => {
    const s = hostSession({
      commands: {
        docker: ctx => {
          const args = ctx.argv.slice(1).join(' ');
          if (args.startsWith('service ls')) ctx.stdout('web\napi\n');
          else if (args.startsWith('service inspect')) ctx.stdout(`[{"Spec":{"Name":"${ctx.argv[3]}"}}]\n`);
          return 0;
        },
      },
    });
    const r = s.run('for service in $(docker service ls --format "{{.Name}}"); do docker service inspect $service > ${service}_backup.json; done');
    expect(r.exitCode).toBe(0);
    expect(s.run('ls *_backup.json | cat; cat api_backup.json').stdout).toBe('api_backup.json\nweb_backup.json\n[{"Spec":{"Name":"api"}}]\n');
  });
});

describe('functions', () => {
  it.each([
    ['f() { local x=in; echo $x; }; x=out; f; echo $x', 'in\nout\n'],
    ['f() { return 4; }; f; echo $?', '4\n'],
    ['f() { echo "args: $# $@"; }; f a "b c"', 'args: 2 a b c\n'],
    ['f() { echo $1; shift; echo $1; }; f x y', 'x\ny\n'],
    ['f() { g; }; g() { echo from-g; }; f', 'from-g\n'],
    ['fact() { if [ $1 -le 1 ]; then echo 1; else echo $(( $1 * $(fact $(( $1 - 1 ))) )); fi; }; fact 5', '120\n'],
    ['function h { echo kw; }; h', 'kw\n'],
    ['f() { echo "[$X]"; }; X=2 f; echo "[$X]"', '[2]\n[]\n'],
  ])('%j', (src, want) => expect(run(src).stdout).toBe(want));

  it('rejects a function definition after an assignment, as bash does', () => {
    expect(run('X=1 f() { echo "[$X]"; }; f')).toMatchObject({ stderr: "bash: syntax error near unexpected token `('\n", exitCode: 2 });
  });

  it('stops runaway recursion with an error instead of hanging', () => {
    const r = run('f() { f; }; f');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^bash: (f: maximum function nesting level exceeded \(\d+\)|maximum nesting exceeded)\n$/);
  });
});

describe('commands and scripts', () => {
  it('reports missing commands and files with bash’s words and codes', () => {
    expect(run('nonexistent-cmd')).toMatchObject({ stderr: 'bash: nonexistent-cmd: command not found\n', exitCode: 127 });
    expect(run('./nope')).toMatchObject({ stderr: 'bash: ./nope: No such file or directory\n', exitCode: 127 });
    expect(run('./f.txt')).toMatchObject({ stderr: 'bash: ./f.txt: Permission denied\n', exitCode: 126 });
    expect(run('mkdir d; ./d')).toMatchObject({ stderr: 'bash: ./d: Is a directory\n', exitCode: 126 });
  });

  it('runs executable scripts with their arguments, shebang and exit status', () => {
    const r = run(`printf '#!/bin/bash\\necho "script $1 $#"\\nexit 5\\n' > s.sh; chmod +x s.sh; ./s.sh arg; echo $?`);
    expect(r.stdout).toBe('script arg 1\n5\n');
    expect(run(`printf '#!/usr/bin/env python3\\nprint(1)\\n' > p.py; chmod +x p.py; ./p.py`)).toMatchObject({ stderr: '/usr/bin/env: ‘python3’: No such file or directory\n', exitCode: 127 });
    expect(run(`printf 'echo one\\nbogus\\n' > e.sh; bash e.sh`)).toMatchObject({ stdout: 'one\n', stderr: 'e.sh: line 2: bogus: command not found\n', exitCode: 127 });
  });

  it('runs programs on PATH, including scripts the learner installs', () => {
    const r = run(`mkdir -p ~/bin; printf '#!/bin/sh\\necho hello from tool\\n' > ~/bin/tool; chmod +x ~/bin/tool; PATH=$HOME/bin:$PATH; tool; /usr/bin/echo via-path`);
    expect(r.stdout).toBe('hello from tool\nvia-path\n');
  });

  it('sources files into the current shell', () => {
    expect(run(`printf 'echo sourced; Y=9\\n' > s2.sh; . ./s2.sh; echo $Y`).stdout).toBe('sourced\n9\n');
    expect(run('source nope')).toMatchObject({ stderr: 'bash: nope: No such file or directory\n', exitCode: 1 });
  });

  it('passes exported variables and VAR=x prefixes to child processes only', () => {
    expect(run("export A=1; B=2; bash -c 'echo $A-$B'").stdout).toBe('1-\n');
    expect(run("C=3 bash -c 'echo $C'; echo \"[$C]\"").stdout).toBe('3\n[]\n');
  });

  it('prints bash syntax errors and sets $? to 2', () => {
    const s = hostSession();
    expect(s.run('ls |; echo')).toMatchObject({ stderr: "bash: syntax error near unexpected token `;'\n", exitCode: 2 });
    expect(s.run('echo $?').stdout).toBe('2\n');
    expect(s.run('echo "abc')).toMatchObject({ stderr: "bash: unexpected EOF while looking for matching `\"'\n", exitCode: 2 });
    expect(s.run('if true; then')).toMatchObject({ stderr: 'bash: syntax error: unexpected end of file\n', exitCode: 2 });
  });

  it('runs earlier lines of a multi-line input before a later syntax error', () => {
    expect(run('echo first\nfi')).toMatchObject({ stdout: 'first\n', stderr: "bash: syntax error near unexpected token `fi'\n", exitCode: 2 });
  });

  it('aborts the rest of the line after an expansion error, like interactive bash', () => {
    expect(run('echo ${x:?oops}; echo after')).toMatchObject({ stdout: '', exitCode: 1 });
    expect(run('echo ${x:?oops}\necho next-line')).toMatchObject({ stdout: 'next-line\n' });
  });
});
