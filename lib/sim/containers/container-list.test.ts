import { describe, expect, it } from 'vitest';
import { restore, snapshot } from '../core/world';
import type { Engine } from '../core/engine';
import { testEngine } from '../testing-engine';
import { containerList } from './container-list';
import { createContainer } from './create';
import { removeContainer } from './manage';
import { findContainer, generateName } from './names';
import { startContainer } from './start';

const run = (eng: Engine, name: string, cmd = ['sleep', '1000']) => {
  const { container } = createContainer(eng, { name, config: { Image: 'alpine', Cmd: cmd } });
  startContainer(eng, container.id);
  return container;
};
const names = (eng: Engine) => containerList(eng.world.hosts[0]!).map((c) => c.name);

describe('containerList', () => {
  it('follows creation and removal, in creation order, like the records themselves', () => {
    const { eng } = testEngine(['alpine']);
    expect(names(eng)).toEqual([]);
    run(eng, 'a');
    run(eng, 'b');
    run(eng, 'c');
    expect(names(eng)).toEqual(['a', 'b', 'c']);
    removeContainer(eng, 'b', { force: true });
    expect(names(eng)).toEqual(['a', 'c']);
    run(eng, 'b');
    expect(names(eng)).toEqual(['a', 'c', 'b']);
    expect(containerList(eng.world.hosts[0]!)).toEqual(Object.values(eng.world.hosts[0]!.containers));
  });

  it('a list handed out stays as it was while containers come and go', () => {
    const { eng } = testEngine(['alpine']);
    run(eng, 'a');
    const before = containerList(eng.world.hosts[0]!);
    run(eng, 'b');
    removeContainer(eng, 'a', { force: true });
    expect(before.map((c) => c.name)).toEqual(['a']);
    expect(names(eng)).toEqual(['b']);
  });

  it('a --rm container that ends at once is gone from the list, and its name is free again', () => {
    const { eng } = testEngine(['alpine']);
    const { container } = createContainer(eng, { name: 'once', config: { Image: 'alpine', Cmd: ['true'] }, hostConfig: { AutoRemove: true } });
    startContainer(eng, container.id);
    expect(names(eng)).toEqual([]);
    expect(findContainer(eng.world.hosts[0]!, 'once')).toBeUndefined();
    run(eng, 'once');
    expect(names(eng)).toEqual(['once']);
    expect(generateName(eng, 'x'.repeat(64))).not.toBe('once');
  });

  it('a restored world lists its own records', () => {
    const { eng } = testEngine(['alpine']);
    run(eng, 'a');
    const saved = snapshot(eng.world);
    run(eng, 'b');
    eng.world = restore(saved);
    expect(names(eng)).toEqual(['a']);
    expect(containerList(eng.world.hosts[0]!)[0]).toBe(eng.world.hosts[0]!.containers[Object.keys(eng.world.hosts[0]!.containers)[0]!]);
  });
});
