/** A file's declared size (content not simulated in full): stat reports it until the content is replaced. */
import { describe, expect, it } from 'vitest';
import { emptyTree } from './node';
import { OverlayFs } from './overlay';
import { TreeFs } from './tree';

describe('declared file size', () => {
  it('TreeFs reports it, keeps it through rename and append, drops it on rewrite', () => {
    const fs = new TreeFs(emptyTree(), { now: () => 0 });
    fs.writeFile('/img.tar', 'manifest', { size: 192_000_000 });
    expect(fs.stat('/img.tar')?.size).toBe(192_000_000);
    expect(fs.readFile('/img.tar')).toBe('manifest');
    fs.rename('/img.tar', '/b.tar');
    expect(fs.stat('/b.tar')?.size).toBe(192_000_000);
    fs.writeFile('/b.tar', 'xy', { append: true });
    expect(fs.stat('/b.tar')?.size).toBe(192_000_002);
    fs.writeFile('/b.tar', 'small');
    expect(fs.stat('/b.tar')?.size).toBe(5);
  });

  it('OverlayFs (container layers) reports it too', () => {
    const fs = new OverlayFs([{ entries: {} }], { writable: true, now: () => 0 });
    fs.writeFile('/img.tar', 'manifest', { size: 4096 });
    expect(fs.stat('/img.tar')?.size).toBe(4096);
    fs.writeFile('/img.tar', 'abc');
    expect(fs.stat('/img.tar')?.size).toBe(3);
  });
});
