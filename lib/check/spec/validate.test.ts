import { describe, expect, it } from 'vitest';
import { describeGoal } from './describe-goal';
import { goalSchema } from './goal-schema';
import { pageSpec, validateExercise } from './validate';

const where = { lesson: 'demo/first', file: 'content/02-demo/01-first.mdx', line: 8 };
const body = { goals: [{ id: 'up', type: 'container', name: 'web', state: 'running' }], hints: ['h'], solution: 'docker run -d --name web nginx', nearMisses: ['x'] };

describe('validateExercise', () => {
  it('fills in defaults and labels', () => {
    const result = validateExercise({ id: 'run-web', title: 'Run' }, body, where);
    expect(result.ok && result.value.goals[0]).toEqual({ id: 'up', type: 'container', name: 'web', state: 'running', label: 'A container named `web` is running' });
    expect(result.ok && pageSpec(result.value)).toMatchObject({ alternatives: [], nearMisses: [], lesson: 'demo/first' });
  });

  it('names the exercise and the field of every problem', () => {
    const bad = { ...body, goals: [{ id: 'Up!', type: 'container', memory: 'lots' }, { id: 'x', type: 'teleport' }], hints: 'one' };
    const result = validateExercise({ id: 'run-web', title: 'Run' }, bad, where);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      'exercise "run-web": goals.0.id: expected lowercase letters, digits and "-" (at most 40)',
      'exercise "run-web": goals.0.memory: expected a size like "512m" or "1g"',
      expect.stringMatching(/^exercise "run-web": goals\.1\.type: /),
      'exercise "run-web": hints: expected a list, got "one"',
    ]);
  });
});

describe('describeGoal', () => {
  const label = (g: Record<string, unknown>) => describeGoal(goalSchema.parse({ id: 'g', ...g }));
  it('says what must be true in the learner’s words', () => {
    expect(label({ type: 'container', name: 'web', image: 'nginx', state: 'running', ports: ['8080:80'] })).toBe('A container named `web` from image `nginx` is running, publishing `8080:80`');
    expect(label({ type: 'image', ref: 'app:1.0', built: true, base: 'alpine:3.22' })).toBe('Image `app:1.0` is built based on `alpine:3.22`');
    expect(label({ type: 'volume', name: 'notes', file: { path: '/n.txt', contains: 'hi' } })).toBe('Volume `notes` holds `/n.txt` containing `hi`');
    expect(label({ type: 'file', path: 'ip.txt', holds: { containerIp: 'web' } })).toBe('File `ip.txt` holds the IP address of `web`');
    expect(label({ type: 'command', shape: 'docker ps -a' })).toBe('You ran `docker ps -a` (or an equivalent form)');
    expect(label({ type: 'container', name: 'web', state: 'absent', label: 'web is gone' })).toBe('web is gone');
  });
});
