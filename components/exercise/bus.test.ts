import { describe, expect, it } from 'vitest';
import { agentConnected, connectAgent, publishStatus, registerExercise } from './bus';
import { spec } from './exercise.test-helper';
import type { ExerciseAction, ExerciseStatus } from './protocol';

describe('the exercise bus', () => {
  it('queues actions until the agent connects, then tells it every exercise first', () => {
    const heard: string[] = [];
    const reg = registerExercise(spec('a', [{ type: 'swarm' }]), () => {});
    reg.act({ type: 'check' });
    expect(agentConnected()).toBe(false);
    const disconnect = connectAgent({
      added: (s) => heard.push(`added ${s.id}`),
      removed: (id) => heard.push(`removed ${id}`),
      act: (id, a: ExerciseAction) => heard.push(`${a.type} ${id}`),
    });
    reg.act({ type: 'undo' });
    reg.unregister();
    disconnect();
    expect(heard).toEqual(['added a', 'check a', 'undo a', 'removed a']);
    expect(agentConnected()).toBe(false);
  });

  it('delivers statuses to the panel showing that exercise only', () => {
    const got: ExerciseStatus[] = [];
    const reg = registerExercise(spec('b', [{ type: 'swarm' }]), (s) => got.push(s));
    const status = { results: [], feedback: null, complete: true, attached: false, prepared: true, commands: 2, canUndo: true };
    publishStatus('b', status);
    publishStatus('other', status);
    reg.unregister();
    publishStatus('b', status);
    expect(got).toEqual([status]);
  });
});
