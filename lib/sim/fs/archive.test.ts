import { describe, expect, it } from 'vitest';
import { TreeFs } from './tree';
import { emptyTree } from './node';
import { collectEntries, decodeArchive, encodeArchive, extractEntry, isArchive } from './archive';

describe('archive', () => {
  it('collects a tree, survives encoding, and extracts to the same files, links and modes', () => {
    const src = new TreeFs(emptyTree(), { now: () => 5 });
    src.mkdir('/data/sub', { recursive: true });
    src.writeFile('/data/a.txt', 'A');
    src.chmod('/data/a.txt', 0o600);
    src.writeFile('/data/sub/b.txt', 'B');
    src.symlink('a.txt', '/data/link');
    const text = encodeArchive(collectEntries(src, '/data', 'data'));
    expect(isArchive(text)).toBe(true);
    const entries = decodeArchive(text);
    expect(entries?.map(e => e.path)).toEqual(['data/', 'data/a.txt', 'data/link', 'data/sub/', 'data/sub/b.txt']);
    const dst = new TreeFs(emptyTree());
    dst.mkdir('/restore');
    for (const e of entries ?? []) extractEntry(dst, '/restore', e);
    expect(dst.readFile('/restore/data/sub/b.txt')).toBe('B');
    expect(dst.readlink('/restore/data/link')).toBe('a.txt');
    expect(dst.readFile('/restore/data/link')).toBe('A');
    expect(dst.stat('/restore/data/a.txt')?.mode).toBe(0o600);
  });

  it('rejects text that is not an archive or is damaged', () => {
    expect(decodeArchive('hello')).toBeNull();
    expect(decodeArchive('DOCKERLINGS-TAR/1\n{broken')).toBeNull();
  });
});
