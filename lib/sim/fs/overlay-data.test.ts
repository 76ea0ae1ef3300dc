import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonical, normPath, splitPath } from './overlay-data';

/** Normalisation by components, the definition normPath's shortcut must agree with. */
const byParts = (p: string) => '/' + splitPath(p).join('/');

describe('normPath', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['etc/hosts', '/etc/hosts'],
    ['//a//b/', '/a/b'],
    ['/a/./b/../c', '/a/c'],
    ['/a/.', '/a'],
    ['/a/..', '/'],
    ['/../..', '/'],
    ['/.hidden/..x/...', '/.hidden/..x/...'],
    ['/etc/passwd', '/etc/passwd'],
  ])('normPath(%j) = %j', (input, want) => {
    expect(normPath(input)).toBe(want);
    expect(isCanonical(input)).toBe(input === want);
  });

  it('agrees with component normalisation on any path of slashes, dots and names', () => {
    const path = fc.array(fc.constantFrom('/', '.', '..', 'a', '.b', 'c.'), { maxLength: 12 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(path, (p) => {
        expect(normPath(p)).toBe(byParts(p));
        expect(isCanonical(p)).toBe(p === byParts(p));
      }),
      { numRuns: 2000 },
    );
  });
});
