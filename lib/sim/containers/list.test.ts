import { describe, expect, it } from 'vitest';
import { EngineError } from '../core/errors';
import { advance } from '../core/clock';
import { testEngine } from '../testing-engine';
import { createContainer, type CreateSpec } from './create';
import { startContainer } from './start';
import { listContainers } from './list';
import type { Engine } from '../core/engine';

const up = (eng: Engine, spec: CreateSpec, start = true) => {
  advance(eng, 1_000);
  const { container } = createContainer(eng, spec);
  if (start) startContainer(eng, container.id);
  return container;
};
const names = (eng: Engine, o: Parameters<typeof listContainers>[1]) => listContainers(eng, o).map((c) => c.name);

describe('docker ps filters', () => {
  it('lists running containers newest first, all with -a, and honours -n/-l', () => {
    const { eng } = testEngine(['nginx', 'alpine']);
    up(eng, { name: 'web', config: { Image: 'nginx' }, hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } });
    up(eng, { name: 'once', config: { Image: 'alpine', Cmd: ['sh', '-c', 'exit 3'] }, hostConfig: {} });
    up(eng, { name: 'fresh', config: { Image: 'alpine', Labels: { team: 'a' } } }, false);
    expect(names(eng, {})).toEqual(['web']);
    expect(names(eng, { all: true })).toEqual(['fresh', 'once', 'web']);
    expect(names(eng, { last: 2 })).toEqual(['fresh', 'once']);
    expect(names(eng, { latest: true })).toEqual(['fresh']);
    expect(names(eng, { filters: ['status=exited'] })).toEqual(['once']);
    expect(names(eng, { all: true, filters: ['exited=3'] })).toEqual(['once']);
    expect(names(eng, { all: true, filters: ['label=team=a'] })).toEqual(['fresh']);
    expect(names(eng, { all: true, filters: ['ancestor=alpine'] })).toEqual(['fresh', 'once']);
    expect(names(eng, { filters: ['publish=8080'] })).toEqual(['web']); // the host port, as moby matches PublicPort
    expect(names(eng, { filters: ['publish=80'] })).toEqual([]);
    expect(names(eng, { filters: ['expose=80'] })).toEqual(['web']);
    expect(names(eng, { all: true, filters: ['name=e'] })).toEqual(['fresh', 'once', 'web']);
    expect(names(eng, { all: true, filters: ['before=fresh'] })).toEqual(['once', 'web']);
  });

  it('rejects unknown filters and values with the daemon wording', () => {
    const { eng } = testEngine();
    const msg = (filters: string[]) => {
      try {
        listContainers(eng, { filters });
      } catch (e) {
        return (e as EngineError).message;
      }
      return 'ok';
    };
    expect(msg(['color=red'])).toBe("invalid filter 'color'");
    expect(msg(['status=sleeping'])).toBe("invalid filter 'status=sleeping': invalid value for state (sleeping): must be one of created, running, paused, restarting, removing, exited, dead");
  });
});
