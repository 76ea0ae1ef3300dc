import { describe, expect, it } from 'vitest';
import { memoryStore } from '@/lib/progress/progress.test-helper';
import { loadTerminal, MAX_LESSONS, saveTerminal } from '@/lib/progress/terminal-store';
import { MirrorStore, readMirrored, writeMirrored } from './mirror-store';

/** A localStorage with saved terminals for `count` lessons, the oldest first. */
function storeWithLessons(count: number) {
  const store = memoryStore();
  for (let i = 0; i < count; i++) saveTerminal(store, `m/lesson-${i}`, { v: 1, n: i }, 100 + i);
  return store;
}

/** The worker's copy of what `lesson` reads, writing through to `store` as the page does. */
function mirrorOf(store: ReturnType<typeof memoryStore>, lesson: string) {
  return new MirrorStore(readMirrored(store, lesson), (key, value) => writeMirrored(store, key, value));
}

describe('the worker copy of the saved terminal', () => {
  it('reads the lesson saved before the worker started', () => {
    const store = storeWithLessons(3);
    expect(loadTerminal(mirrorOf(store, 'm/lesson-1'), 'm/lesson-1')).toEqual({ v: 1, n: 1 });
  });

  it('saves through the copy exactly as straight to localStorage, evicting the oldest lesson', () => {
    const direct = storeWithLessons(MAX_LESSONS);
    const viaWorker = storeWithLessons(MAX_LESSONS);
    expect(saveTerminal(direct, 'm/new', { v: 1, n: 'new' }, 999)).toBe('saved');
    expect(saveTerminal(mirrorOf(viaWorker, 'm/new'), 'm/new', { v: 1, n: 'new' }, 999)).toBe('saved');
    expect(viaWorker.data).toEqual(direct.data);
    expect(loadTerminal(viaWorker, 'm/lesson-0')).toBeNull();
  });

  it('sees another tab saving a lesson meanwhile, so the index keeps it', () => {
    const store = storeWithLessons(2);
    const mirror = mirrorOf(store, 'm/mine');
    saveTerminal(store, 'm/other-tab', { v: 1 }, 500);
    mirror.changed('dockerlings:terminal-index', store.getItem('dockerlings:terminal-index'));
    saveTerminal(mirror, 'm/mine', { v: 1 }, 600);
    expect(Object.keys(JSON.parse(store.getItem('dockerlings:terminal-index')!)).sort()).toEqual(['m/lesson-0', 'm/lesson-1', 'm/mine', 'm/other-tab']);
  });

  it('copies nothing on pages that save no terminal, and survives a blocked storage', () => {
    expect(readMirrored(storeWithLessons(2), null)).toEqual({});
    expect(readMirrored(null, 'm/lesson-0')).toEqual({});
    expect(() => writeMirrored(memoryStore({}, { failWrites: true }), 'k', 'v')).not.toThrow();
  });
});
