import { describe, expect, it } from 'vitest';
import type { ExamResult } from './exam-result';
import { HISTORY_KEY, HISTORY_LIMIT, loadHistory, saveAttempt } from './history';
import { memoryStore } from './storage';

function result(submittedAt: number, seed = 's1'): ExamResult {
  return {
    settings: { modules: ['data'], count: 1, minutes: 5, seed },
    startedAt: submittedAt - 1000,
    submittedAt,
    auto: false,
    correct: 1,
    total: 1,
    ungraded: 0,
    percent: 100,
    passed: true,
    passPercent: 70,
    perTopic: [{ module: 'data', title: 'Data', correct: 1, total: 1, percent: 100 }],
    items: [{ id: 'd1', module: 'data', verdict: 'correct', answered: true, response: { type: 'fill', text: 'local' }, timeMs: 1000, flagged: false }],
  };
}

describe('exam history', () => {
  it('is empty at first and keeps attempts newest first', () => {
    const store = memoryStore();
    expect(loadHistory(store)).toEqual({ attempts: [], reset: false });
    saveAttempt(store, result(1000));
    saveAttempt(store, result(2000, 's2'));
    const { attempts } = loadHistory(store);
    expect(attempts.map((a) => a.settings.seed)).toEqual(['s2', 's1']);
    expect(attempts[0]!.id).toBe(`${(2000).toString(36)}-s2`);
    expect(JSON.parse(store.data[HISTORY_KEY]!).version).toBe(1);
  });

  it('caps the list', () => {
    const store = memoryStore();
    for (let i = 1; i <= HISTORY_LIMIT + 5; i++) saveAttempt(store, result(i * 1000));
    expect(loadHistory(store).attempts).toHaveLength(HISTORY_LIMIT);
  });

  it('resets corrupt data, wrong shapes and unknown versions, and says so', () => {
    for (const bad of ['{not json', JSON.stringify({ version: 2, attempts: [] }), JSON.stringify({ version: 1, attempts: [{ id: 3 }] })]) {
      const store = memoryStore({ [HISTORY_KEY]: bad });
      expect(loadHistory(store)).toEqual({ attempts: [], reset: true });
      expect(store.data[HISTORY_KEY]).toBeUndefined();
      expect(loadHistory(store).reset).toBe(false);
    }
  });

  it('survives a store that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
    expect(loadHistory(broken)).toEqual({ attempts: [], reset: false });
    expect(() => saveAttempt(broken, result(1))).not.toThrow();
  });
});
