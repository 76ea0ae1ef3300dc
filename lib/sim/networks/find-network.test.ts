import { describe, expect, it } from 'vitest';
import { engineErrorOf } from '../testing-errors';
import { testEngine } from '../testing-engine';
import { hostOf } from '../core/engine';
import { createNetwork, findNetwork } from './manage';

describe('findNetwork (dockerd order: full id, name, id prefix)', () => {
  it('finds by full id, by name and by a unique id prefix; an unknown or empty term finds nothing', () => {
    const { eng } = testEngine([]);
    const a = createNetwork(eng, { name: 'appnet' });
    const host = hostOf(eng);
    expect(findNetwork(host, a.id)).toBe(a);
    expect(findNetwork(host, 'appnet')).toBe(a);
    expect(findNetwork(host, a.id.slice(0, 12))).toBe(a);
    expect(findNetwork(host, 'nosuch')).toBeUndefined();
    expect(findNetwork(host, '')).toBeUndefined();
  });

  it('a full id wins over another network named like it, and a name over an id prefix', () => {
    const { eng } = testEngine([]);
    const a = createNetwork(eng, { name: 'appnet' });
    const b = createNetwork(eng, { name: a.id });
    const host = hostOf(eng);
    expect(findNetwork(host, a.id)).toBe(a);
    const c = createNetwork(eng, { name: a.id.slice(0, 6) });
    expect(findNetwork(host, a.id.slice(0, 6))).toBe(c);
    expect(b.name).toBe(a.id);
  });

  it('refuses a name two networks share and a prefix two ids share, with the count', () => {
    const { eng } = testEngine([]);
    const a = createNetwork(eng, { name: 'one' });
    const host = hostOf(eng);
    host.networks['dup'] = { ...a, id: a.id.slice(0, 4) + 'f'.repeat(60) };
    expect(engineErrorOf(() => findNetwork(host, 'one'))).toBe('network one is ambiguous (2 matches found on name)');
    expect(engineErrorOf(() => findNetwork(host, a.id.slice(0, 4)))).toBe(`network ${a.id.slice(0, 4)} is ambiguous (2 matches found based on ID prefix)`);
  });
});
