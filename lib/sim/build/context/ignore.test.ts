import { describe, expect, it } from 'vitest';
import { cleanPath, IgnoreError, PatternMatcher, readIgnoreFile } from './ignore';

const ignored = (patterns: string[], file: string) => new PatternMatcher(patterns).matchesOrParentMatches(file);

describe('readIgnoreFile', () => {
  it('drops comments and blanks, cleans paths, strips a leading slash, keeps ! prefixes', () => {
    expect(readIgnoreFile('\ufeff# deps\nnode_modules\n\n  /dist/  \n!  /dist/keep.txt\n./a/../b\n*.log\n')).toEqual(['node_modules', 'dist', '!dist/keep.txt', 'b', '*.log']);
  });
});

describe('PatternMatcher', () => {
  it.each([
    [['node_modules'], 'node_modules', true],
    [['node_modules'], 'node_modules/express/index.js', true],
    [['node_modules'], 'src/node_modules', false],
    [['*.log'], 'debug.log', true],
    [['*.log'], 'logs/debug.log', false],
    [['*/*.log'], 'logs/debug.log', true],
    [['**/*.log'], 'a/b/c/debug.log', true],
    [['**/*.log'], 'debug.log', true],
    [['**/temp'], 'temp', true],
    [['**/temp'], 'x/y/temp/file', true],
    [['temp?'], 'temp1', true],
    [['temp?'], 'temp12', false],
    [['temp?'], 'temp/', false],
    [['[a-c]*.txt'], 'b-notes.txt', true],
    [['[a-c]*.txt'], 'd-notes.txt', false],
    [['[^a]*'], 'abc', false],
    [['docs/**'], 'docs/guide/intro.md', true],
    [['docs/**'], 'docs', false],
    [['**'], 'anything/at/all', true],
    [['.git'], '.git/HEAD', true],
    [['a\\*b'], 'a*b', true],
    [['a\\*b'], 'axb', false],
    [['file.(txt)'], 'file.(txt)', true],
    [['*.md', '!README.md'], 'README.md', false],
    [['*.md', '!README.md'], 'CHANGELOG.md', true],
    [['*.md', '!README.md', 'README*'], 'README.md', true],
    [['dist', '!dist/keep'], 'dist/keep', false],
    [['dist', '!dist/keep'], 'dist/other', true],
    [['.'], 'anything', false],
  ])('%j excludes %s: %s', (patterns, file, want) => {
    expect(ignored(patterns, file)).toBe(want);
  });

  it('walk variant agrees with the parent-results optimisation', () => {
    const pm = new PatternMatcher(['build', '!build/keep.txt']);
    const dir = pm.matchesUsingParentResults('build', null);
    expect(dir.matched).toBe(true);
    expect(pm.matchesUsingParentResults('build/keep.txt', dir.info).matched).toBe(false);
    expect(pm.matchesUsingParentResults('build/out.o', dir.info).matched).toBe(true);
    expect(pm.exclusions).toBe(true);
  });

  it.each([['!'], ['[a-'], ['[]'], ['abc\\']])('rejects the malformed pattern %j', (p) => {
    expect(() => new PatternMatcher([p])).toThrow(IgnoreError);
  });

  it('cleanPath is Go path.Clean', () => {
    expect(['', 'a//b/', './x', 'a/../..', '/../a', 'a/./b/../c'].map(cleanPath)).toEqual(['.', 'a/b', 'x', '..', '/a', 'a/c']);
  });
});
