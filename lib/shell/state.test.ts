import { describe, expect, it } from 'vitest';
import { hostSession } from './test-support';

describe('shell variables and arrays as plain data', () => {
  it('`__proto__` is an ordinary variable name: set, read, unset', () => {
    const s = hostSession();
    expect(s.run('__proto__=x; echo "[$__proto__]"; set | grep -c "^__proto__=x$"').stdout).toBe('[x]\n1\n');
    expect(s.run('unset __proto__; echo "[$__proto__]"; HOME2=y; echo $HOME2').stdout).toBe('[]\ny\n');
    expect(s.snapshot().frames[0]!.vars).not.toHaveProperty('__proto__');
  });

  it('arrays: assign, append (a scalar becomes element 0), element writes, and `__proto__` as an array name', () => {
    const s = hostSession();
    expect(s.run('a=(x y); a+=(z); echo ${a[@]} ${#a[@]}').stdout).toBe('x y z 3\n');
    expect(s.run('b=one; b+=(two); echo ${b[@]}; b[5]=six; echo ${b[@]} ${#b[@]}; b+=(seven); echo ${b[6]}').stdout).toBe('one two\none two six 3\nseven\n');
    expect(s.run('__proto__=(p q); echo ${__proto__[1]}').stdout).toBe('q\n');
  });

  it('PIPESTATUS holds each stage of the last pipeline, and a subshell copy does not leak back', () => {
    const s = hostSession();
    expect(s.run('true | false | true; echo ${PIPESTATUS[@]}').stdout).toBe('0 1 0\n');
    expect(s.run('a=(1 2); (a+=(3); echo ${#a[@]}); echo ${#a[@]}').stdout).toBe('3\n2\n');
    expect(s.snapshot().frames[0]!.arrays.a).toEqual({ 0: '1', 1: '2' });
  });

  it('PIPESTATUS after a single command holds just its status, whatever was there before', () => {
    const s = hostSession();
    expect(s.run('false | true | true; false; echo ${PIPESTATUS[@]} ${#PIPESTATUS[@]}').stdout).toBe('1 1\n');
    expect(s.run('(exit 300); echo $PIPESTATUS; PIPESTATUS[4]=x; echo ${#PIPESTATUS[@]}').stdout).toBe('44\n1\n');
    expect(s.run('unset PIPESTATUS; PIPESTATUS=scalar; echo ${PIPESTATUS[@]} ${#PIPESTATUS[@]}').stdout).toBe('0 1\n');
    expect(s.snapshot().frames[0]!.arrays.PIPESTATUS).toEqual({ 0: '0' });
    expect(s.snapshot().frames[0]!.vars.PIPESTATUS).toBeUndefined();
  });

  it('a program sees every change to what is exported, whichever way it is made', () => {
    const s = hostSession();
    const seen = (names: string) => s.run(`env | grep -E '^(${names})=' | sort`).stdout;
    s.run('export A=1 B; B=2; C=3');
    expect(seen('A|B|C')).toBe('A=1\nB=2\n');
    s.run('A=10; export C; export -n B');
    expect(seen('A|B|C')).toBe('A=10\nC=3\n');
    s.run('unset A; C=(x y); D=4 true');
    expect(seen('A|C|D')).toBe('C=x\n');
    s.run('C[0]=w');
    expect(seen('C')).toBe('C=w\n');
    s.run("unset 'C[0]'");
    expect(seen('C')).toBe('');
    expect(s.run("E=5 env | grep '^E='; (export F=6; env | grep '^F='); env | grep -c '^[EF]='").stdout).toBe('E=5\nF=6\n0\n');
    s.run('cd /tmp');
    expect(seen('PWD|OLDPWD')).toBe('OLDPWD=/home/learner\nPWD=/tmp\n');
  });
});
