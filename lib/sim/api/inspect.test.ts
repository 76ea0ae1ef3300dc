import { describe, expect, it } from 'vitest';
import { testEngine } from '../testing-engine';
import { createContainer } from '../containers/create';
import { startContainer } from '../containers/start';
import { createNetwork } from '../networks/manage';
import { connectNetwork } from '../networks/attach';
import { createVolume } from '../volumes/volumes';
import { resolveImage } from '../images/store';
import { inspectContainer } from './inspect-container';
import { inspectImage, inspectNetwork, inspectVolume } from './inspect-objects';
import { rfc3339Nano } from './time';

describe('inspect data', () => {
  it('formats Go times like RFC3339Nano', () => {
    expect(rfc3339Nano(Date.UTC(2026, 0, 15, 9, 0, 0))).toBe('2026-01-15T09:00:00Z');
    expect(rfc3339Nano(Date.UTC(2026, 0, 15, 9, 0, 0, 120))).toBe('2026-01-15T09:00:00.12Z');
    expect(rfc3339Nano(null)).toBe('0001-01-01T00:00:00Z');
    expect(rfc3339Nano(0, 'seed')).toMatch(/^1970-01-01T00:00:00\.\d{0,9}Z$/);
  });

  it('shapes a container like the Engine API, in the daemon key order', () => {
    const { eng } = testEngine(['nginx']);
    createNetwork(eng, { name: 'appnet' });
    const { container } = createContainer(eng, { name: 'web', config: { Image: 'nginx', Env: ['FOO=bar'] }, hostConfig: { PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8080' }] } } });
    const created = inspectContainer(eng, container);
    expect(Object.keys(created).slice(0, 6)).toEqual(['Id', 'Created', 'Path', 'Args', 'State', 'Image']);
    expect(created['State']).toMatchObject({ Status: 'created', StartedAt: '0001-01-01T00:00:00Z', Pid: 0 });
    startContainer(eng, 'web');
    connectNetwork(eng, 'appnet', 'web');
    const j = inspectContainer(eng, container) as { Name: string; Path: string; Args: string[]; Config: Record<string, unknown>; NetworkSettings: Record<string, unknown>; HostConfig: Record<string, unknown> };
    expect(j.Name).toBe('/web');
    expect([j.Path, ...j.Args]).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
    expect((j.Config['Env'] as string[])[0]).toBe('FOO=bar');
    expect(j.Config['StopSignal']).toBe('SIGQUIT');
    expect(Object.keys(j.NetworkSettings['Networks'] as object)).toEqual(['bridge', 'appnet']);
    expect(j.NetworkSettings['IPAddress']).toBe('172.17.0.2');
    expect(j.NetworkSettings['Ports']).toEqual({ '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }, { HostIp: '::', HostPort: '8080' }] });
    expect(j.HostConfig['RestartPolicy']).toEqual({ Name: 'no', MaximumRetryCount: 0 });
  });

  it('shapes images, networks and volumes', () => {
    const { eng } = testEngine(['nginx']);
    const img = inspectImage(eng, resolveImage(eng, 'nginx'));
    expect(img['RepoTags']).toEqual(['nginx:latest']);
    expect(img['Config']).toMatchObject({ Cmd: ['nginx', '-g', 'daemon off;'], ExposedPorts: { '80/tcp': {} } });
    expect((img['RootFS'] as { Layers: string[] }).Layers).toHaveLength(7);
    const net = inspectNetwork(eng, createNetwork(eng, { name: 'appnet', labels: { env: 'dev' } }));
    expect(net).toMatchObject({ Name: 'appnet', Driver: 'bridge', Scope: 'local', IPAM: { Driver: 'default', Config: [{ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' }] }, Containers: {}, Labels: { env: 'dev' } });
    expect(inspectVolume(eng, createVolume(eng, { name: 'myvol' }))).toEqual({ CreatedAt: '2026-01-15T09:00:00Z', Driver: 'local', Labels: null, Mountpoint: '/var/lib/docker/volumes/myvol/_data', Name: 'myvol', Options: null, Scope: 'local' });
  });
});
