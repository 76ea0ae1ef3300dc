import { describe, expect, it } from 'vitest';
import { memoryStore } from './progress.test-helper';
import { loadProgress, saveProgress, updateExercise } from './store';
import { MAX_LESSONS, MAX_TERMINAL_CHARS, loadTerminal, saveTerminal } from './terminal-store';
import { clearProgress, exportProgress, importProgress } from './transfer';
import { emptyProgress } from './types';

describe('saved terminals', () => {
  it('keeps one per lesson, drops the least recently used beyond the limit, and refuses oversized ones', () => {
    const store = memoryStore();
    for (let i = 0; i <= MAX_LESSONS; i++) expect(saveTerminal(store, `m/l${i}`, { n: i }, i)).toBe('saved');
    expect(loadTerminal(store, 'm/l0')).toBeNull();
    expect(loadTerminal(store, `m/l${MAX_LESSONS}`)).toEqual({ n: MAX_LESSONS });
    expect(saveTerminal(store, 'm/l1', { big: 'x'.repeat(MAX_TERMINAL_CHARS) }, 99)).toBe('too-big');
    expect(loadTerminal(store, 'm/l1')).toBeNull();
    expect(saveTerminal(memoryStore({}, { failWrites: true }), 'm/l', {}, 1)).toBe('unavailable');
  });

  it('forgets a saved terminal that no longer parses', () => {
    const store = memoryStore({ 'dockerlings:terminal:m/l': '{broken' });
    expect(loadTerminal(store, 'm/l')).toBeNull();
    expect(store.data['dockerlings:terminal:m/l']).toBeUndefined();
  });
});

describe('export, clear and import', () => {
  it('round-trips progress and terminals through a file', () => {
    const store = memoryStore();
    saveProgress(store, updateExercise(emptyProgress(), 'a/b', 'x', { type: 'complete' }, 5));
    saveTerminal(store, 'a/b', { v: 1, world: 'w' }, 5);
    const file = JSON.stringify(exportProgress(store, new Date('2026-01-15T10:00:00Z')));
    clearProgress(store);
    expect(loadProgress(store).progress).toEqual(emptyProgress());
    expect(loadTerminal(store, 'a/b')).toBeNull();
    expect(importProgress(store, file, 6)).toEqual({ ok: true, lessons: 1 });
    expect(loadProgress(store).progress.lessons['a/b']?.exercises['x']?.status).toBe('done');
    expect(loadTerminal(store, 'a/b')).toEqual({ v: 1, world: 'w' });
  });

  it('refuses files that are not progress exports, leaving progress as it was', () => {
    const store = memoryStore();
    saveProgress(store, updateExercise(emptyProgress(), 'a/b', 'x', { type: 'start' }, 5));
    expect(importProgress(store, 'hello', 1)).toEqual({ ok: false, error: 'That file is not JSON, so it is not a Dockerlings progress file.' });
    expect(importProgress(store, '{"format":"other"}', 1)).toEqual({ ok: false, error: 'That file is not a Dockerlings progress export.' });
    expect(importProgress(store, '{"format":"dockerlings-progress","progress":{"version":99,"lessons":{}}}', 1)).toMatchObject({ ok: false, error: expect.stringMatching(/newer version/) });
    expect(loadProgress(store).progress.lessons['a/b']?.exercises['x']?.status).toBe('started');
  });
});
