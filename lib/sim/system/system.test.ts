import { describe, expect, it } from 'vitest';
import { testEngine } from '../testing-engine';
import { createContainer } from '../containers/create';
import { startContainer } from '../containers/start';
import { createNetwork } from '../networks/manage';
import { createVolume } from '../volumes/volumes';
import { diskUsage, findAnyObject, systemInfo, systemPrune } from './system';
import { pullImage } from '../images/pull';
import { materialise } from '../images/catalog/materialise';
import { findRepository, findTag } from '../images/catalog/index';

describe('system', () => {
  it('counts containers and images for docker info', () => {
    const { eng } = testEngine(['nginx', 'alpine']);
    const { container } = createContainer(eng, { config: { Image: 'nginx' } });
    startContainer(eng, container.id);
    createContainer(eng, { config: { Image: 'alpine' } });
    expect(systemInfo(eng)).toMatchObject({ containers: 2, running: 1, paused: 0, stopped: 1, images: 2, version: '28.2.2', apiVersion: '1.50', storageDriver: 'overlay2', cgroupVersion: '2' });
  });

  it('reports disk usage with reclaimable space and prunes like docker system prune', () => {
    const { eng } = testEngine(['nginx', 'alpine']);
    const { container } = createContainer(eng, { config: { Image: 'nginx' } });
    startContainer(eng, container.id);
    const stopped = createContainer(eng, { config: { Image: 'alpine', Cmd: ['sh', '-c', 'write /x 12345'] } }).container;
    startContainer(eng, stopped.id);
    createNetwork(eng, { name: 'unused' });
    createVolume(eng, { name: 'named' });
    const df = diskUsage(eng);
    expect(df.images).toMatchObject({ total: 2, active: 2 });
    expect(df.containers).toMatchObject({ total: 2, active: 1, reclaimable: 5 });
    const pruned = systemPrune(eng, { all: true, volumes: true });
    expect(pruned.containers).toEqual([stopped.id]);
    expect(pruned.networks).toEqual(['unused']);
    expect(pruned.volumes).toEqual([]);
    expect(pruned.images.some((d) => 'untagged' in d && d.untagged === 'alpine:latest')).toBe(true);
    expect(diskUsage(eng).images.total).toBe(1);
  });

  it('adds contributors (the build cache) to df and prune, and pulls from a plugged-in registry', () => {
    const { eng } = testEngine(['alpine']);
    let cache = 5_000;
    eng.rt.contributors = [{ name: 'build', diskUsage: () => ({ total: 2, active: 0, size: cache, reclaimable: cache }), prune: () => [cache, (cache = 0)][0]! }];
    expect(diskUsage(eng).buildCache).toEqual({ total: 2, active: 0, size: 5_000, reclaimable: 5_000 });
    expect(systemPrune(eng).buildCache).toBe(5_000);
    expect(diskUsage(eng).buildCache.size).toBe(0);
    const local = materialise(findTag(findRepository('docker.io/library/busybox')!, 'latest')!);
    eng.rt.registry = (_e, domain) => (domain === 'localhost:5000' ? { fetch: (ref) => (ref.path === 'mybox' ? local : null) } : null);
    expect(pullImage(eng, 'localhost:5000/mybox').ref).toBe('localhost:5000/mybox:latest');
    expect(() => pullImage(eng, 'localhost:5000/other')).toThrow('manifest for localhost:5000/other:latest not found: manifest unknown: manifest unknown');
  });

  it('finds any object by name for docker inspect', () => {
    const { eng } = testEngine(['nginx']);
    createNetwork(eng, { name: 'appnet' });
    createVolume(eng, { name: 'data' });
    expect(findAnyObject(eng, 'nginx')?.type).toBe('image');
    expect(findAnyObject(eng, 'appnet')?.type).toBe('network');
    expect(findAnyObject(eng, 'data')?.type).toBe('volume');
    expect(findAnyObject(eng, 'nothing')).toBeNull();
    expect(findAnyObject(eng, 'appnet', 'volume')).toBeNull();
  });
});
