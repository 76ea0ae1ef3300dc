import { describe, expect, it } from 'vitest';
import { parse } from './parser';
import { IncompleteInput, ShellSyntaxError } from './errors';
import type { Command, List } from './ast';

function ast(src: string): List {
  return parse(src).parser.parseAll();
}

function first(src: string): Command {
  return ast(src)[0]?.first.cmds[0] as Command;
}

describe('parser', () => {
  it('builds and-or lists of pipelines', () => {
    const list = ast('a | b && c || d; e &');
    expect(list).toHaveLength(2);
    expect(list[0]?.first.cmds).toHaveLength(2);
    expect(list[0]?.rest.map(r => r.op)).toEqual(['&&', '||']);
    expect(list[1]?.background).toBe(true);
  });

  it('separates assignments, words and redirections', () => {
    expect(first('A=1 B=~/x cmd arg >out 2>&1')).toMatchObject({
      k: 'simple',
      assigns: [{ name: 'A', value: [{ k: 'lit', v: '1' }] }, { name: 'B', value: [{ k: 'tilde', user: '' }, { k: 'lit', v: '/x' }] }],
      words: [[{ k: 'lit', v: 'cmd' }], [{ k: 'lit', v: 'arg' }]],
      redirs: [{ fd: null, op: '>' }, { fd: 2, op: '>&' }],
    });
    expect(first('cmd A=1')).toMatchObject({ assigns: [], words: [[{ v: 'cmd' }], [{ v: 'A=1' }]] });
  });

  it('parses compound commands', () => {
    expect(first('if a; then b; elif c; then d; else e; fi')).toMatchObject({ k: 'if', clauses: [{}, {}], otherwise: [{}] });
    expect(first('for x in 1 2; do echo $x; done')).toMatchObject({ k: 'for', name: 'x', items: [[{ v: '1' }], [{ v: '2' }]] });
    expect(first('for x; do :; done')).toMatchObject({ k: 'for', items: null });
    expect(first('while true; do :; done')).toMatchObject({ k: 'while', until: false });
    expect(first('until false\ndo\n:\ndone')).toMatchObject({ k: 'while', until: true });
    expect(first('case $x in a|b) one;; *) two;; esac')).toMatchObject({ k: 'case', items: [{ patterns: [[{ v: 'a' }], [{ v: 'b' }]] }, {}] });
    expect(first('{ a; b; } > f')).toMatchObject({ k: 'group', redirs: [{ op: '>' }] });
    expect(first('(cd /; ls)')).toMatchObject({ k: 'subshell' });
    expect(first('f() { echo hi; }')).toMatchObject({ k: 'func', name: 'f', body: { k: 'group' } });
    expect(first('function g { :; }')).toMatchObject({ k: 'func', name: 'g' });
    expect(first('((i++))')).toMatchObject({ k: 'arith' });
    expect(first('[[ $a == b* && -f x ]]')).toMatchObject({ k: 'cond' });
    expect(first('for ((i=0;i<3;i++)); do :; done')).toMatchObject({ k: 'while', init: {} });
  });

  it('treats keywords as plain words outside command position', () => {
    expect(first('echo if then fi')).toMatchObject({ k: 'simple', words: [[{ v: 'echo' }], [{ v: 'if' }], [{ v: 'then' }], [{ v: 'fi' }]] });
  });

  it('parses the course notes’ backup loop', () => {
    const cmd = first('for service in $(docker service ls --format "{{.Name}}"); do docker service inspect $service > ${service}_backup.json; done');
    expect(cmd).toMatchObject({ k: 'for', name: 'service', items: [[{ k: 'cmd' }]] });
  });

  it.each([
    ['| ls', '|'],
    ['ls ;;', ';;'],
    ['; ls', ';'],
    ['ls )', ')'],
    ['fi', 'fi'],
    ['then echo', 'then'],
    ['done', 'done'],
    ['if true; then fi', 'fi'],
    ['cat <<', 'newline'],
    ['echo > ', 'newline'],
    ['for 1 in a; do :; done', '1'],
    ['ls & & ls', '&'],
  ])('%j → syntax error near %j', (src, token) => {
    expect(() => ast(src)).toThrow(ShellSyntaxError);
    try {
      ast(src);
    } catch (e) {
      expect((e as ShellSyntaxError).token).toBe(token);
    }
  });

  it.each(['ls |', 'ls &&', 'ls ||', 'if true; then', 'if true; then echo; else', 'for x in a b', 'while true; do', 'case x in', '{ echo', '( echo', 'f() {'])(
    '%j is incomplete',
    src => expect(() => ast(src)).toThrow(IncompleteInput),
  );

  it('parses one command line at a time so earlier lines can run before a later error', () => {
    const { parser } = parse('echo one\n| bad');
    expect(parser.parseNext()).toHaveLength(1);
    expect(() => parser.parseNext()).toThrow(ShellSyntaxError);
  });
});
