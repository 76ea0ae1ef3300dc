import { describe, expect, it } from 'vitest';
import { buildPaper, practiceItem, settingsFromParams, settingsToParams, type ExamSettings } from './exam';
import { createRng, permutation, seedText, shuffle } from './random';
import { question } from './test-helpers';
import type { Question } from './types';

const MODULES = ['data', 'networking', 'compose'];

function bank(): Question[] {
  const out: Question[] = [];
  for (const module of MODULES) {
    for (let i = 0; i < 10; i++) {
      out.push(question({ id: `${module}-${i}`, type: 'single', options: ['a', 'b', 'c', 'd'], answer: 'A' }, module));
    }
    out.push(question({ id: `${module}-order`, type: 'order', steps: ['one', 'two', 'three', 'four'] }, module));
  }
  return out;
}

const params = (query: string) => {
  const p = new URLSearchParams(query);
  return (name: string) => p.get(name);
};

describe('settings in the URL', () => {
  it('round-trips through search params', () => {
    const s: ExamSettings = { modules: ['data', 'compose'], count: 20, minutes: 30, seed: 'k3x9' };
    const query = new URLSearchParams(settingsToParams(s)).toString();
    expect(settingsFromParams(params(query), MODULES)).toEqual({ ok: true, settings: s });
  });

  it('is null without a seed, and explains bad values', () => {
    expect(settingsFromParams(params('count=5'), MODULES)).toBeNull();
    expect(settingsFromParams(params('seed=a&count=0&minutes=5'), MODULES)).toMatchObject({ ok: false, error: expect.stringContaining('number of questions') });
    expect(settingsFromParams(params('seed=a&count=5&minutes=-1'), MODULES)).toMatchObject({ ok: false, error: expect.stringContaining('time limit') });
    expect(settingsFromParams(params('seed=a&count=5&minutes=5&modules=data,nope'), MODULES)).toEqual({ ok: false, error: 'Unknown module: nope.' });
    expect(settingsFromParams(params('seed=a%20b&count=5&minutes=5'), MODULES)).toMatchObject({ ok: false });
  });

  it('accepts fractional minutes (short test exams) and keeps module order canonical', () => {
    const parsed = settingsFromParams(params('seed=t&count=2&minutes=0.05&modules=compose,data'), MODULES);
    expect(parsed).toEqual({ ok: true, settings: { modules: ['data', 'compose'], count: 2, minutes: 0.05, seed: 't' } });
  });
});

describe('buildPaper', () => {
  const settings: ExamSettings = { modules: [], count: 12, minutes: 20, seed: 'abc' };

  it('is reproducible from the seed and differs with another seed', () => {
    expect(buildPaper(bank(), settings)).toEqual(buildPaper(bank(), settings));
    expect(buildPaper(bank(), { ...settings, seed: 'abd' }).items.map((i) => i.id)).not.toEqual(buildPaper(bank(), settings).items.map((i) => i.id));
  });

  it('takes distinct questions spread evenly over the chosen modules', () => {
    const paper = buildPaper(bank(), settings);
    const ids = paper.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(12);
    const perModule = MODULES.map((m) => ids.filter((id) => id.startsWith(`${m}-`)).length);
    expect(perModule).toEqual([4, 4, 4]);
  });

  it('only uses the chosen modules and stops when the pool runs out', () => {
    const paper = buildPaper(bank(), { ...settings, modules: ['data'], count: 50 });
    expect(paper.items).toHaveLength(11);
    expect(paper.items.every((i) => i.id.startsWith('data-'))).toBe(true);
  });

  it('shuffles option order per question, and never shows steps already in order', () => {
    const paper = buildPaper(bank(), { ...settings, count: 33 });
    const orders = paper.items.filter((i) => i.optionOrder).map((i) => i.optionOrder!.join(''));
    expect(new Set(orders).size).toBeGreaterThan(3);
    for (const o of orders) expect([...o].sort().join('')).toBe('0123');
    const steps = paper.items.filter((i) => i.stepOrder);
    expect(steps).toHaveLength(3);
    for (const s of steps) expect(s.stepOrder).not.toEqual([0, 1, 2, 3]);
  });

  it('practice items keep authored options and scramble steps deterministically', () => {
    const q = question({ id: 'o', type: 'order', steps: ['a', 'b', 'c'] });
    expect(practiceItem(q)).toEqual(practiceItem(q));
    expect(practiceItem(q).stepOrder).not.toEqual([0, 1, 2]);
    expect(practiceItem(question({ type: 'true-false', answer: true }))).toEqual({ id: 'q-test' });
  });
});

describe('random', () => {
  it('is deterministic per seed and uniform enough to shuffle', () => {
    const a = createRng('s');
    const b = createRng('s');
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
    const counts = [0, 0, 0, 0];
    const rng = createRng('dist');
    for (let i = 0; i < 4000; i++) counts[permutation(4, rng)[0]!]!++;
    for (const c of counts) expect(c).toBeGreaterThan(850);
    expect(shuffle([1, 2, 3], createRng('x')).sort()).toEqual([1, 2, 3]);
  });

  it('makes readable seeds from supplied randomness', () => {
    expect(seedText([0, 0.5, 0.999])).toMatch(/^[a-z2-9]{3}$/);
  });
});
