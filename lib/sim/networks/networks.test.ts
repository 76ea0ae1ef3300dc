import { describe, expect, it } from 'vitest';
import { engineErrorOf } from '../testing-errors';
import { testEngine } from '../testing-engine';
import { createContainer, type CreateSpec } from '../containers/create';
import { startContainer } from '../containers/start';
import { stopContainer, pauseContainer } from '../containers/control';
import { connectNetwork, disconnectNetwork } from './attach';
import { createNetwork, pruneNetworks, removeNetwork } from './manage';
import { httpRequest } from './http';
import { resolveName } from './reach';
import type { Engine } from '../core/engine';

function up(eng: Engine, spec: CreateSpec) {
  const { container } = createContainer(eng, spec);
  startContainer(eng, container.id);
  return container;
}

const fromHost = { kind: 'host' } as const;
const fromC = (id: string) => ({ kind: 'container', id }) as const;

describe('networks', () => {
  it('allocates subnets from the default pools and addresses serially', () => {
    const { eng } = testEngine(['nginx']);
    const a = createNetwork(eng, { name: 'appnet' });
    const b = createNetwork(eng, { name: 'other' });
    expect(a.ipam.Config[0]).toEqual({ Subnet: '172.18.0.0/16', Gateway: '172.18.0.1' });
    expect(b.ipam.Config[0]!.Subnet).toBe('172.19.0.0/16');
    const c1 = up(eng, { name: 'one', config: { Image: 'nginx' }, hostConfig: { NetworkMode: 'appnet' } });
    const c2 = up(eng, { name: 'two', config: { Image: 'nginx' }, hostConfig: { NetworkMode: 'appnet' } });
    expect([c1.networks['appnet']!.ipAddress, c2.networks['appnet']!.ipAddress]).toEqual(['172.18.0.2', '172.18.0.3']);
    expect(c1.networks['appnet']!.macAddress).toBe('02:42:ac:12:00:02');
  });

  it('rejects duplicates, predefined names, overlaps and overlay outside swarm', () => {
    const { eng } = testEngine();
    createNetwork(eng, { name: 'appnet', subnet: '10.10.0.0/16' });
    expect(engineErrorOf(() => createNetwork(eng, { name: 'appnet' }))).toBe('network with name appnet already exists');
    expect(engineErrorOf(() => createNetwork(eng, { name: 'bridge' }))).toBe('operation is not permitted on predefined bridge network ');
    expect(engineErrorOf(() => createNetwork(eng, { name: 'clash', subnet: '10.10.5.0/24' }))).toBe('invalid pool request: Pool overlaps with other one on this address space');
    expect(engineErrorOf(() => createNetwork(eng, { name: 'ov', driver: 'overlay' }))).toBe('This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.');
    expect(engineErrorOf(() => removeNetwork(eng, 'nonet'))).toBe('network nonet not found');
    expect(engineErrorOf(() => removeNetwork(eng, 'host'))).toBe('host is a pre-defined network and cannot be removed');
  });

  it('refuses to remove a network with running endpoints, naming them', () => {
    const { eng } = testEngine(['nginx']);
    createNetwork(eng, { name: 'appnet' });
    const c = up(eng, { name: 'app', config: { Image: 'nginx' }, hostConfig: { NetworkMode: 'appnet' } });
    expect(engineErrorOf(() => removeNetwork(eng, 'appnet'))).toBe(`error while removing network: network appnet has active endpoints (name:"app" id:"${c.networks['appnet']!.endpointId.slice(0, 12)}")`);
    stopContainer(eng, 'app');
    expect(removeNetwork(eng, 'appnet').name).toBe('appnet');
  });

  it('resolves container names on user-defined networks only', () => {
    const { eng } = testEngine(['nginx', 'alpine']);
    createNetwork(eng, { name: 'appnet' });
    up(eng, { name: 'web', config: { Image: 'nginx' }, hostConfig: { NetworkMode: 'appnet' } });
    const client = up(eng, { name: 'client', config: { Image: 'alpine', Cmd: ['sleep', '1000'] }, hostConfig: { NetworkMode: 'appnet' } });
    const lonely = up(eng, { name: 'lonely', config: { Image: 'alpine', Cmd: ['sleep', '1000'] } });
    expect(resolveName(eng, fromC(client.id), 'web')).toBe('172.18.0.2');
    expect(resolveName(eng, fromC(lonely.id), 'web')).toBeNull();
    expect(resolveName(eng, fromHost, 'web')).toBeNull();
    const res = httpRequest(eng, fromC(client.id), 'http://web/');
    expect(res.ok && res.response.body).toContain('Welcome to nginx!');
    const isolated = httpRequest(eng, fromC(lonely.id), 'http://172.18.0.2/');
    expect(isolated).toMatchObject({ ok: false, error: 'timeout' });
  });

  it('serves published ports on localhost and logs the request in nginx style', () => {
    const { eng, hostFs } = testEngine(['nginx']);
    hostFs.mkdir('/home/learner/site', { recursive: true });
    hostFs.writeFile('/home/learner/site/index.html', 'hello-from-host\n');
    const web = up(eng, { name: 'site', config: { Image: 'nginx' }, hostConfig: { Binds: ['/home/learner/site:/usr/share/nginx/html:ro'], PortBindings: { '80/tcp': [{ HostIp: '', HostPort: '8081' }] } } });
    const ok = httpRequest(eng, fromHost, 'localhost:8081');
    expect(ok.ok && ok.response.body).toBe('hello-from-host\n');
    const missing = httpRequest(eng, fromHost, 'http://localhost:8081/nope');
    expect(missing.ok && missing.response.status).toBe(404);
    expect(web.logs.at(-1)!.text).toMatch(/^172\.17\.0\.1 - - \[15\/Jan\/2026:09:00:00 \+0000\] "GET \/nope HTTP\/1\.1" 404 \d+ "-" "curl\/8\.5\.0" "-"$/);
    expect(httpRequest(eng, fromHost, 'localhost:9999')).toMatchObject({ ok: false, error: 'refused' });
    expect(httpRequest(eng, fromHost, 'http://nosuchhost/')).toMatchObject({ ok: false, error: 'resolve' });
    pauseContainer(eng, 'site');
    expect(httpRequest(eng, fromHost, 'localhost:8081')).toMatchObject({ ok: false, error: 'timeout' });
  });

  it('keeps internal networks away from the outside and the host ports', () => {
    const { eng } = testEngine(['alpine']);
    createNetwork(eng, { name: 'private', internal: true });
    const c = up(eng, { name: 'inside', config: { Image: 'alpine', Cmd: ['sleep', '1000'] }, hostConfig: { NetworkMode: 'private' } });
    expect(resolveName(eng, fromC(c.id), 'example.com')).toBeNull();
    const out = up(eng, { name: 'outside', config: { Image: 'alpine', Cmd: ['sleep', '1000'] } });
    const r = httpRequest(eng, fromC(out.id), 'http://example.com/');
    expect(r.ok && r.response.body).toContain('Example Domain');
  });

  it('connects and disconnects containers, with docker errors', () => {
    const { eng } = testEngine(['nginx']);
    createNetwork(eng, { name: 'appnet' });
    const c = up(eng, { name: 'app', config: { Image: 'nginx' } });
    connectNetwork(eng, 'appnet', 'app', { aliases: ['api'] });
    expect(Object.keys(c.networks)).toEqual(['bridge', 'appnet']);
    expect(c.networks['appnet']!.dnsNames).toEqual(['app', c.id.slice(0, 12), 'api']);
    expect(engineErrorOf(() => connectNetwork(eng, 'appnet', 'app'))).toBe('endpoint with name app already exists in network appnet');
    expect(engineErrorOf(() => connectNetwork(eng, 'bridge', 'app', { ip: '172.17.0.9' }))).toBe('endpoint with name app already exists in network bridge');
    disconnectNetwork(eng, 'appnet', 'app');
    expect(engineErrorOf(() => disconnectNetwork(eng, 'appnet', 'app'))).toBe(`container ${c.id} is not connected to the network appnet`);
    expect(pruneNetworks(eng)).toEqual(['appnet']);
  });

  it('gives a host-network container the host ports, and none only loopback', () => {
    const { eng } = testEngine(['nginx', 'alpine']);
    up(eng, { name: 'hostweb', config: { Image: 'nginx' }, hostConfig: { NetworkMode: 'host' } });
    const r = httpRequest(eng, fromHost, 'http://localhost/');
    expect(r.ok && r.response.status).toBe(200);
    const none = up(eng, { name: 'cut', config: { Image: 'alpine', Cmd: ['sleep', '100'] }, hostConfig: { NetworkMode: 'none' } });
    expect(resolveName(eng, fromC(none.id), 'example.com')).toBeNull();
    expect(none.networks['none']!.ipAddress).toBe('');
  });
});
