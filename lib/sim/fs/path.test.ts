import { describe, expect, it } from 'vitest';
import { basename, dirname, normalize, resolvePath, segments, tildify } from './path';

describe('path helpers', () => {
  it.each([
    ['/', '/'],
    ['//a//b/', '/a/b'],
    ['/a/./b/../c', '/a/c'],
    ['/../..', '/'],
    ['/a/b/../../..', '/'],
  ])('normalize(%s) = %s', (input, want) => expect(normalize(input)).toBe(want));

  it.each([
    ['/home/learner', 'x', '/home/learner/x'],
    ['/home/learner', '../other', '/home/other'],
    ['/home/learner', '/etc/', '/etc'],
    ['/', '.', '/'],
    ['/tmp', '', '/tmp'],
  ])('resolvePath(%s, %s) = %s', (cwd, p, want) => expect(resolvePath(cwd, p)).toBe(want));

  it.each([
    ['/usr/bin/ls', '/usr/bin', 'ls'],
    ['/usr/bin/', '/usr', 'bin'],
    ['file', '.', 'file'],
    ['/', '/', '/'],
    ['/a', '/', 'a'],
    ['a//b', 'a', 'b'],
  ])('dirname/basename of %s', (p, dir, base) => {
    expect(dirname(p)).toBe(dir);
    expect(basename(p)).toBe(base);
  });

  it('basename strips a suffix like coreutils, but not the whole name', () => {
    expect(basename('/a/app.tar.gz', '.gz')).toBe('app.tar');
    expect(basename('.gz', '.gz')).toBe('.gz');
  });

  it('segments keeps .. and drops . and empties', () => {
    expect(segments('a/./b//../c/')).toEqual(['a', 'b', '..', 'c']);
  });

  it('tildify abbreviates only the home directory and below', () => {
    expect(tildify('/home/learner', '/home/learner')).toBe('~');
    expect(tildify('/home/learner/app', '/home/learner')).toBe('~/app');
    expect(tildify('/home/learner2', '/home/learner')).toBe('/home/learner2');
    expect(tildify('/etc', '/')).toBe('/etc');
  });
});
