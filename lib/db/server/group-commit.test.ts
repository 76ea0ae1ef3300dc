import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit';

/** A commit we can hold open, to see what piles up behind it. */
function gate() {
  const batches: number[][] = [];
  let release: () => void = () => {};
  let failNext = false;
  const commit = async (items: number[]) => {
    batches.push(items);
    await new Promise<void>((r) => (release = r));
    if (failNext) {
      failNext = false;
      throw new Error('disk full');
    }
    return items.map((n) => n * 10);
  };
  return { batches, commit, open: () => release(), failOnce: () => (failNext = true) };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('GroupCommit', () => {
  it('commits what arrived while the previous commit was in flight as one batch, and answers each submitter with its own results', async () => {
    const g = gate();
    const gc = new GroupCommit(g.commit);
    const first = gc.submit([1]);
    await tick();
    const second = gc.submit([2, 3]);
    const third = gc.submit([4]);
    g.open();
    await expect(first).resolves.toEqual([10]);
    await tick();
    expect(g.batches).toEqual([[1], [2, 3, 4]]);
    g.open();
    await expect(second).resolves.toEqual([20, 30]);
    await expect(third).resolves.toEqual([40]);
    expect(gc.stats).toEqual({ commits: 2, items: 4, largest: 3 });
  });

  it('does not settle a submission before its commit has finished', async () => {
    const g = gate();
    const gc = new GroupCommit(g.commit);
    let settled = false;
    void gc.submit([1]).then(() => (settled = true));
    await tick();
    expect(settled).toBe(false);
    g.open();
    await tick();
    expect(settled).toBe(true);
  });

  it('keeps batches under the item limit without splitting a submission', async () => {
    const g = gate();
    const gc = new GroupCommit(g.commit, 3);
    void gc.submit([1]);
    await tick();
    const rest = [gc.submit([2, 3]), gc.submit([4, 5]), gc.submit([6])];
    for (let i = 0; i < 4; i++) {
      g.open();
      await tick();
    }
    await Promise.all(rest);
    expect(g.batches).toEqual([[1], [2, 3], [4, 5, 6]]);
  });

  it('rejects only the submissions of a failed commit; the next batch still commits', async () => {
    const g = gate();
    const gc = new GroupCommit(g.commit);
    g.failOnce();
    const failed = gc.submit([1]);
    await tick();
    const later = gc.submit([2]);
    g.open();
    await expect(failed).rejects.toThrow('disk full');
    await tick();
    g.open();
    await expect(later).resolves.toEqual([20]);
  });
});
