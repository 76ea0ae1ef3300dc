import { describe, expect, it } from 'vitest';
import { advance } from './clock';
import { restore, snapshot } from './world';
import { testEngine } from '../testing-engine';
import { createEngine } from '../engine';
import { fakeRunner } from '../testing';
import { createContainer } from '../containers/create';
import { startContainer } from '../containers/start';
import { readLogs } from '../containers/logs';
import { createNetwork } from '../networks/manage';
import { pullImage } from '../images/pull';
import { emit, EVENT_TRIM_SLACK, MAX_EVENTS, queryEvents } from './events';

describe('world', () => {
  it('survives a JSON round trip and behaves the same afterwards', () => {
    const { eng } = testEngine(['nginx', 'busybox']);
    createNetwork(eng, { name: 'appnet' });
    const { container } = createContainer(eng, { name: 'ticker', config: { Image: 'busybox', Cmd: ['sh', '-c', 'while true; do echo tick; sleep 1; done'] }, hostConfig: { NetworkMode: 'appnet' } });
    startContainer(eng, container.id);
    advance(eng, 3_000);
    const json = JSON.stringify(snapshot(eng.world));
    const twin = createEngine({ runner: fakeRunner, world: restore(json) });
    advance(eng, 5_000);
    advance(twin, 5_000);
    expect(JSON.stringify(twin.world)).toBe(JSON.stringify(eng.world));
    const a = createContainer(eng, { config: { Image: 'nginx' } }).container;
    const b = createContainer(twin, { config: { Image: 'nginx' } }).container;
    expect(b.id).toBe(a.id);
    expect(b.name).toBe(a.name);
    expect(readLogs(twin, twin.world.hosts[0]!.containers[container.id]!)).toHaveLength(9);
  });

  it('is deterministic for a given seed and differs across seeds', () => {
    const ids = (seed: number) => {
      const eng = createEngine({ runner: fakeRunner, seed });
      pullImage(eng, 'alpine');
      return createContainer(eng, { config: { Image: 'alpine' } }).container.id;
    };
    expect(ids(1)).toBe(ids(1));
    expect(ids(1)).not.toBe(ids(2));
  });

  it('starts at the fixed date and records events with the simulated time', () => {
    const { eng } = testEngine(['alpine']);
    expect(new Date(eng.world.clock).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    advance(eng, 1_500);
    const { container } = createContainer(eng, { name: 'once', config: { Image: 'alpine', Cmd: ['true'] } });
    startContainer(eng, container.id);
    const evs = queryEvents(eng.world, eng.host, { filters: { container: ['once'] } });
    expect(evs.map((e) => e.action)).toEqual(['create', 'start', 'die']);
    expect(evs[0]!.time).toBe(Date.UTC(2026, 0, 15, 9, 0, 1, 500));
    expect(queryEvents(eng.world, eng.host, { filters: { type: ['image'] } }).map((e) => e.action)).toEqual(['pull']);
  });

  it('keeps the last 1,000 events: queries see exactly those, the log stays bounded', () => {
    const { eng } = testEngine([]);
    for (let i = 0; i < 1234; i++) emit(eng.world, eng.host, 'volume', 'create', `v${i}`);
    const seen = queryEvents(eng.world, eng.host, { filters: { type: ['volume'] } });
    expect(seen).toHaveLength(MAX_EVENTS);
    expect(seen[0]!.actor.id).toBe('v234');
    expect(seen.at(-1)!.actor.id).toBe('v1233');
    expect(eng.world.events.length).toBeLessThanOrEqual(MAX_EVENTS + EVENT_TRIM_SLACK);
  });
});
