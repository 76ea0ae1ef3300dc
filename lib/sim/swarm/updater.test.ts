import { describe, expect, it } from 'vitest';
import { advance, settle } from '../core/clock';
import { createService, getService, requireManager, rollbackService, serviceTasks, updateService } from './index';
import { spec, swarmEngine } from './testing';
import type { ServiceSpec, UpdateConfigSpec } from './types';

const withImage = (s: ServiceSpec, image: string): ServiceSpec => ({ ...s, TaskTemplate: { ...s.TaskTemplate, ContainerSpec: { ...s.TaskTemplate.ContainerSpec, Image: image } } });
const cfg = (c: Partial<UpdateConfigSpec>): UpdateConfigSpec => ({ Parallelism: 1, FailureAction: 'pause', Monitor: 5e9, MaxFailureRatio: 0, Order: 'stop-first', ...c });

function images(eng: ReturnType<typeof swarmEngine>, id: string): string[] {
  return serviceTasks(requireManager(eng), id)
    .filter((t) => t.desiredState === 'running' && t.status.state === 'running')
    .sort((a, b) => a.slot - b.slot)
    .map((t) => t.spec.ContainerSpec.Image);
}

describe('rolling updates', () => {
  it('replaces `Parallelism` slots at a time, waiting `Delay` between batches, then completes after the monitor period', () => {
    const eng = swarmEngine(['nginx:1.27-alpine', 'nginx:1.28-alpine']);
    const base = { ...spec('web', 'nginx:1.27-alpine', 4), UpdateConfig: cfg({ Parallelism: 2, Delay: 10e9 }) };
    const s = createService(eng, base);
    settle(eng);
    updateService(eng, 'web', withImage(base, 'nginx:1.28-alpine'));
    settle(eng);
    expect(images(eng, s.id)).toEqual(['nginx:1.28-alpine', 'nginx:1.28-alpine', 'nginx:1.27-alpine', 'nginx:1.27-alpine']);
    advance(eng, 9_000);
    expect(images(eng, s.id).filter((i) => i === 'nginx:1.28-alpine')).toHaveLength(2);
    advance(eng, 1_000);
    expect(images(eng, s.id)).toEqual(Array(4).fill('nginx:1.28-alpine'));
    expect(getService(eng, 'web').updateStatus?.state).toBe('updating');
    advance(eng, 15_000);
    expect(getService(eng, 'web').updateStatus).toMatchObject({ state: 'completed', message: 'update completed' });
    const history = serviceTasks(requireManager(eng), s.id).filter((t) => t.desiredState === 'shutdown');
    expect(history.map((t) => t.spec.ContainerSpec.Image)).toEqual(Array(4).fill('nginx:1.27-alpine'));
  });

  it('pauses on a failed task by default', () => {
    const eng = swarmEngine(['nginx:1.27-alpine']);
    const base = spec('web', 'nginx:1.27-alpine', 2);
    createService(eng, base);
    settle(eng);
    updateService(eng, 'web', withImage(base, 'nginx:does-not-exist'));
    settle(eng);
    const s = getService(eng, 'web');
    expect(s.updateStatus?.state).toBe('paused');
    expect(s.updateStatus?.message).toMatch(/^update paused due to failure or early termination of task [0-9a-z]{25}$/);
    expect(images(eng, s.id)).toEqual(['nginx:1.27-alpine']);
  });

  it('rolls back automatically with FailureAction rollback and forgets the failed spec', () => {
    const eng = swarmEngine(['nginx:1.27-alpine']);
    const base = { ...spec('web', 'nginx:1.27-alpine', 2), UpdateConfig: cfg({ FailureAction: 'rollback' }) };
    const s = createService(eng, base);
    settle(eng);
    updateService(eng, 'web', withImage(base, 'nginx:does-not-exist'));
    advance(eng, 30_000);
    const after = getService(eng, 'web');
    expect(after.spec.TaskTemplate.ContainerSpec.Image).toBe('nginx:1.27-alpine');
    expect(after.updateStatus).toMatchObject({ state: 'rollback_completed', message: 'rollback completed' });
    expect(after.previousSpec).toBeUndefined();
    expect(images(eng, s.id)).toEqual(['nginx:1.27-alpine', 'nginx:1.27-alpine']);
    expect(() => rollbackService(eng, 'web')).toThrow(/does not have a previous spec$/);
  });

  it('a manual rollback swaps the spec with the previous one', () => {
    const eng = swarmEngine(['nginx:1.27-alpine', 'nginx:1.28-alpine']);
    const base = spec('web', 'nginx:1.27-alpine', 1);
    const s = createService(eng, base);
    settle(eng);
    updateService(eng, 'web', withImage(base, 'nginx:1.28-alpine'));
    advance(eng, 10_000);
    rollbackService(eng, 'web');
    expect(getService(eng, 'web').updateStatus?.message).toBe('manually requested rollback');
    advance(eng, 10_000);
    expect(images(eng, s.id)).toEqual(['nginx:1.27-alpine']);
    expect(getService(eng, 'web').previousSpec?.TaskTemplate.ContainerSpec.Image).toBe('nginx:1.28-alpine');
  });
});
