import { describe, expect, it } from 'vitest';
import type { ExamSettings } from './exam';
import { examReducer, startExam } from './exam-session';
import { clearProgress, loadProgress, PROGRESS_KEY, saveProgress } from './progress';
import { memoryStore } from './storage';

const settings: ExamSettings = { modules: ['data'], count: 2, minutes: 5, seed: 'abc' };
const paper = { settings, items: [{ id: 'a' }, { id: 'b' }] };

describe('exam progress', () => {
  it('resumes the same exam with its answers', () => {
    const store = memoryStore();
    const state = examReducer(startExam(paper, 1000), { type: 'answer', id: 'a', response: { type: 'fill', text: 'x' }, now: 2000 });
    saveProgress(store, settings, state);
    expect(loadProgress(store, settings)).toEqual(state);
  });

  it('does not resume another exam or a submitted one', () => {
    const store = memoryStore();
    saveProgress(store, settings, startExam(paper, 1000));
    expect(loadProgress(store, { ...settings, seed: 'abd' })).toBeNull();
    expect(loadProgress(store, settings)).not.toBeNull();
    saveProgress(store, settings, examReducer(startExam(paper, 1000), { type: 'submit', now: 2000 }));
    expect(loadProgress(store, settings)).toBeNull();
    clearProgress(store);
    expect(store.data[PROGRESS_KEY]).toBeUndefined();
  });

  it('drops corrupt progress', () => {
    const store = memoryStore({ [PROGRESS_KEY]: '{"version":1,"exam":"x","state":{}}' });
    expect(loadProgress(store, settings)).toBeNull();
    expect(store.data[PROGRESS_KEY]).toBeUndefined();
  });
});
