import { describe, expect, it } from 'vitest';
import { EngineError } from '../core/errors';
import { testEngine } from '../testing-engine';
import { createContainer } from '../containers/create';
import { createNetwork } from '../networks/manage';
import { createVolume } from '../volumes/volumes';
import { filterNetworks, filterVolumes } from './list-filters';

const msg = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as EngineError).message;
  }
  return 'ok';
};

describe('volume and network list filters', () => {
  it('filters volumes by dangling, name and label', () => {
    const { eng } = testEngine(['alpine']);
    createVolume(eng, { name: 'data', labels: { env: 'dev' } });
    createVolume(eng, { name: 'logs' });
    createContainer(eng, { config: { Image: 'alpine' }, hostConfig: { Binds: ['data:/data'] } });
    expect(filterVolumes(eng, ['dangling=true']).map((v) => v.name)).toEqual(['logs']);
    expect(filterVolumes(eng, ['name=dat']).map((v) => v.name)).toEqual(['data']);
    expect(filterVolumes(eng, ['label=env']).map((v) => v.name)).toEqual(['data']);
    expect(msg(() => filterVolumes(eng, ['dangling=maybe']))).toBe("invalid filter 'dangling=[maybe]'");
    expect(msg(() => filterVolumes(eng, ['size=1']))).toBe("invalid filter 'size'");
  });

  it('filters networks by type, driver and dangling', () => {
    const { eng } = testEngine();
    createNetwork(eng, { name: 'appnet' });
    expect(filterNetworks(eng, ['type=custom']).map((n) => n.name)).toEqual(['appnet']);
    expect(filterNetworks(eng, ['type=builtin']).map((n) => n.name)).toEqual(['bridge', 'host', 'none']);
    expect(filterNetworks(eng, ['driver=null']).map((n) => n.name)).toEqual(['none']);
    expect(filterNetworks(eng, ['dangling=true']).map((n) => n.name)).toEqual(['appnet']);
    expect(msg(() => filterNetworks(eng, ['type=weird']))).toBe("invalid filter: 'type'='weird'");
  });
});
