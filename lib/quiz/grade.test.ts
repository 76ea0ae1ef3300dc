import { describe, expect, it } from 'vitest';
import { correctResponse, gradeResponse, normaliseFill, ResponseMismatchError } from './grade';
import { emptyResponse, isAnswered } from './responses';
import { question } from './test-helpers';

const single = question({ type: 'single', options: ['80', '8080', 'both'], answer: 'B' });
const multiple = question({ type: 'multiple', options: ['RUN', 'COPY', 'ENV', 'ADD'], answer: ['A', 'B', 'D'] });
const tf = question({ type: 'true-false', answer: false });
const order = question({ type: 'order', steps: ['stop', 'archive', 'start'] });
const fill = question({ type: 'fill', prompt: 'Publish all exposed ports with ___.', accept: ['-P', '--publish-all'], caseSensitive: true });
const fillLoose = question({ type: 'fill', prompt: 'The default driver is ___.', accept: ['overlay2'] });
const output = question({ type: 'output', command: 'echo hi', options: ['hi', 'HI'], answer: 'A' });

describe('gradeResponse', () => {
  it('single choice: only the answer letter is right', () => {
    expect(gradeResponse(single, { type: 'single', choice: 1 })).toBe(true);
    expect(gradeResponse(single, { type: 'single', choice: 0 })).toBe(false);
    expect(gradeResponse(single, { type: 'single', choice: null })).toBe(false);
  });

  it('multiple choice needs every correct option and nothing else', () => {
    expect(gradeResponse(multiple, { type: 'multiple', choices: [3, 0, 1] })).toBe(true);
    expect(gradeResponse(multiple, { type: 'multiple', choices: [0, 1] })).toBe(false);
    expect(gradeResponse(multiple, { type: 'multiple', choices: [0, 1, 2, 3] })).toBe(false);
    expect(gradeResponse(multiple, { type: 'multiple', choices: [0, 0, 1] })).toBe(false);
  });

  it('true/false compares the value, and unanswered is wrong', () => {
    expect(gradeResponse(tf, { type: 'true-false', value: false })).toBe(true);
    expect(gradeResponse(tf, { type: 'true-false', value: true })).toBe(false);
    expect(gradeResponse(tf, { type: 'true-false', value: null })).toBe(false);
  });

  it('ordering must match the authored order exactly', () => {
    expect(gradeResponse(order, { type: 'order', order: [0, 1, 2] })).toBe(true);
    expect(gradeResponse(order, { type: 'order', order: [1, 0, 2] })).toBe(false);
    expect(gradeResponse(order, { type: 'order', order: [0, 1] })).toBe(false);
  });

  it('fill in the blank: normalised match, case only when asked', () => {
    expect(gradeResponse(fill, { type: 'fill', text: ' `-P` ' })).toBe(true);
    expect(gradeResponse(fill, { type: 'fill', text: '--publish-all' })).toBe(true);
    expect(gradeResponse(fill, { type: 'fill', text: '-p' })).toBe(false);
    expect(gradeResponse(fillLoose, { type: 'fill', text: 'Overlay2.' })).toBe(true);
    expect(gradeResponse(fillLoose, { type: 'fill', text: '"overlay2"' })).toBe(true);
    expect(gradeResponse(fillLoose, { type: 'fill', text: 'overlay' })).toBe(false);
    expect(gradeResponse(fillLoose, { type: 'fill', text: '   ' })).toBe(false);
  });

  it('predict the output grades the chosen output', () => {
    expect(gradeResponse(output, { type: 'output', choice: 0 })).toBe(true);
    expect(gradeResponse(output, { type: 'output', choice: 1 })).toBe(false);
  });

  it('rejects a response of the wrong type instead of guessing', () => {
    expect(() => gradeResponse(single, { type: 'fill', text: '8080' })).toThrow(ResponseMismatchError);
  });

  it('a missing response is wrong', () => {
    expect(gradeResponse(single, undefined)).toBe(false);
  });

  it('correctResponse is accepted for every non-command type', () => {
    for (const q of [single, multiple, tf, order, fill, fillLoose, output]) expect(gradeResponse(q, correctResponse(q))).toBe(true);
  });
});

describe('normaliseFill', () => {
  it('trims, collapses spaces, unwraps quotes and lowercases', () => {
    expect(normaliseFill('  "Docker   Compose" ')).toBe('docker compose');
    expect(normaliseFill('`-P`', true)).toBe('-P');
  });
});

describe('emptyResponse / isAnswered', () => {
  it('starts unanswered except order, which counts once stored', () => {
    expect(isAnswered(emptyResponse(single))).toBe(false);
    expect(isAnswered(emptyResponse(multiple))).toBe(false);
    expect(isAnswered(emptyResponse(fill))).toBe(false);
    expect(isAnswered(emptyResponse(order, [2, 0, 1]))).toBe(true);
    expect(emptyResponse(order, [2, 0, 1])).toEqual({ type: 'order', order: [2, 0, 1] });
    expect(isAnswered(undefined)).toBe(false);
  });
});
