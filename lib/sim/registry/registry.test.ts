import { describe, expect, it } from 'vitest';
import { EngineError } from '../core/errors';
import { createContainer } from '../containers/create';
import { startContainer } from '../containers/start';
import { removeContainer } from '../containers/manage';
import { containerFs } from '../containers/view';
import { httpRequest } from '../networks/http';
import { pullImage, pullAllTags } from '../images/pull';
import { removeImage } from '../images/remove';
import { tagImage } from '../images/history';
import { repoDigests, resolveImage } from '../images/store';
import { testEngine } from '../testing-engine';
import type { Engine } from '../core/engine';
import { pushImage } from './push';
import { registryLogin } from './login';

const lines = (r: { lines: Array<{ id: string; status: string }> }) => r.lines.map((l) => (l.id ? `${l.id}: ${l.status}` : l.status));
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof EngineError ? e.message : String(e);
  }
  return 'no error';
};

function runRegistry(eng: Engine, o: { volume?: string; name?: string; port?: string } = {}) {
  const port = o.port ?? '5000';
  const { container } = createContainer(eng, {
    name: o.name ?? 'registry',
    config: { Image: 'registry:2', ExposedPorts: { '5000/tcp': {} } },
    hostConfig: { PortBindings: { '5000/tcp': [{ HostIp: '', HostPort: port }] }, ...(o.volume ? { Binds: [`${o.volume}:/var/lib/registry`] } : {}) },
  });
  startContainer(eng, container.id);
  return container;
}

const get = (eng: Engine, url: string) => {
  const r = httpRequest(eng, { kind: 'host' }, url);
  return r.ok ? { status: r.response.status, body: r.response.body } : { status: 0, body: r.error };
};

describe('a private registry:2 container', () => {
  it('receives a push, lists it over its API, and serves it back after the local copy is gone', () => {
    const { eng } = testEngine(['registry:2', 'alpine']);
    runRegistry(eng);
    tagImage(eng, 'alpine', 'localhost:5000/tools/alpine:3.22');
    const pushed = pushImage(eng, 'localhost:5000/tools/alpine:3.22');
    expect(pushed.error).toBeUndefined();
    const out = lines(pushed);
    expect(out[0]).toBe('The push refers to repository [localhost:5000/tools/alpine]');
    expect(out[1]).toMatch(/^[0-9a-f]{12}: Preparing$/);
    expect(out[2]).toMatch(/^[0-9a-f]{12}: Pushed$/);
    expect(out[3]).toMatch(/^3\.22: digest: sha256:[0-9a-f]{64} size: 5\d\d$/);
    const digest = /digest: (sha256:[0-9a-f]{64})/.exec(out[3]!)![1]!;

    expect(get(eng, 'http://localhost:5000/v2/_catalog').body).toBe('{"repositories":["tools/alpine"]}\n');
    expect(get(eng, 'http://localhost:5000/v2/tools/alpine/tags/list').body).toBe('{"name":"tools/alpine","tags":["3.22"]}\n');
    expect(get(eng, 'http://localhost:5000/v2/nope/tags/list')).toEqual({ status: 404, body: '{"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry","detail":{"name":"nope"}}]}\n' });
    expect(JSON.parse(get(eng, 'http://localhost:5000/v2/tools/alpine/manifests/3.22').body).schemaVersion).toBe(2);

    const original = resolveImage(eng, 'alpine').id;
    removeImage(eng, 'localhost:5000/tools/alpine:3.22');
    removeImage(eng, 'alpine');
    const pulled = pullImage(eng, 'localhost:5000/tools/alpine:3.22');
    expect(lines(pulled)[0]).toBe('3.22: Pulling from tools/alpine');
    expect(lines(pulled)).toContain(`Digest: ${digest}`);
    expect(pulled.image.id).toBe(original);
    expect(repoDigests(eng.world.hosts[0]!, pulled.image.id)).toEqual([`localhost:5000/tools/alpine@${digest}`]);
  });

  it('says Layer already exists on a second push and Mounted from for another repository', () => {
    const { eng } = testEngine(['registry:2', 'alpine']);
    runRegistry(eng);
    tagImage(eng, 'alpine', 'localhost:5000/a:1');
    tagImage(eng, 'alpine', 'localhost:5000/a:2');
    tagImage(eng, 'alpine', 'localhost:5000/b:1');
    pushImage(eng, 'localhost:5000/a:1');
    expect(lines(pushImage(eng, 'localhost:5000/a:2'))[2]).toMatch(/: Layer already exists$/);
    expect(lines(pushImage(eng, 'localhost:5000/b:1'))[2]).toMatch(/: Mounted from a$/);
    const all = pushImage(eng, 'localhost:5000/a');
    expect(lines(all).filter((l) => l.includes(': digest: '))).toHaveLength(2);
  });

  it('keeps pushed images in its volume for the next registry container', () => {
    const { eng } = testEngine(['registry:2', 'busybox']);
    const first = runRegistry(eng, { volume: 'registry-data' });
    tagImage(eng, 'busybox', 'localhost:5000/bb:1');
    pushImage(eng, 'localhost:5000/bb:1');
    expect(containerFs(eng, first).readdir('/var/lib/registry/docker/registry/v2/repositories')).toEqual(['bb']);
    removeContainer(eng, 'registry', { force: true });
    expect(errorOf(() => pullImage(eng, 'localhost:5000/bb:1'))).toBe('Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused');
    runRegistry(eng, { volume: 'registry-data', name: 'registry2' });
    expect(pullAllTags(eng, 'localhost:5000/bb').map((r) => r.ref)).toEqual(['localhost:5000/bb:1']);
  });

  it('reports missing tags and unknown manifests like dockerd', () => {
    const { eng } = testEngine(['registry:2', 'alpine']);
    runRegistry(eng);
    expect(pushImage(eng, 'localhost:5000/ghost:1').error).toBe('An image does not exist locally with the tag: localhost:5000/ghost');
    tagImage(eng, 'alpine', 'localhost:5000/tools/alpine:1');
    expect(pushImage(eng, 'localhost:5000/tools/alpine:2').error).toBe('tag does not exist: localhost:5000/tools/alpine:2');
    expect(errorOf(() => pullImage(eng, 'localhost:5000/tools/alpine:9'))).toBe('manifest for localhost:5000/tools/alpine:9 not found: manifest unknown: manifest unknown');
  });

  it('refuses plain HTTP under a name other than localhost, and fails to connect without a registry', () => {
    const { eng } = testEngine(['registry:2', 'alpine']);
    tagImage(eng, 'alpine', 'localhost:5000/x:1');
    const refused = pushImage(eng, 'localhost:5000/x:1');
    expect(lines(refused)).toEqual(['The push refers to repository [localhost:5000/x]']);
    expect(refused.error).toBe('Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused');
    runRegistry(eng);
    tagImage(eng, 'alpine', 'dockerlings:5000/x:1');
    expect(pushImage(eng, 'dockerlings:5000/x:1').error).toBe('Get "https://dockerlings:5000/v2/": http: server gave HTTP response to HTTPS client');
    expect(errorOf(() => registryLogin(eng, 'localhost:5000', { username: 'a', password: 'b' }))).toBe('no error');
    expect(errorOf(() => registryLogin(eng, 'registry.example.com', { username: 'a', password: 'b' }))).toBe('Get "https://registry.example.com/v2/": dial tcp: lookup registry.example.com on 127.0.0.53:53: no such host');
  });

  it('answers manifest DELETE with 405 unless deletion is enabled', () => {
    const { eng } = testEngine(['registry:2', 'alpine']);
    runRegistry(eng);
    tagImage(eng, 'alpine', 'localhost:5000/x:1');
    pushImage(eng, 'localhost:5000/x:1');
    const r = httpRequest(eng, { kind: 'host' }, 'http://localhost:5000/v2/x/manifests/1', { method: 'DELETE' });
    expect(r.ok && r.response.status).toBe(405);
  });
});

describe('pushing to Docker Hub', () => {
  it('is denied without login or outside your namespace, and stores the image for a later pull when allowed', () => {
    const { eng } = testEngine(['nginx:1.27-alpine']);
    tagImage(eng, 'nginx:1.27-alpine', 'learner/web:1.0');
    const anonymous = pushImage(eng, 'learner/web:1.0');
    expect(lines(anonymous)[0]).toBe('The push refers to repository [docker.io/learner/web]');
    expect(lines(anonymous).slice(1).every((l) => /: (Preparing|Waiting)$/.test(l))).toBe(true);
    expect(anonymous.error).toBe('denied: requested access to the resource is denied');
    expect(pushImage(eng, 'learner/web:1.0', { auth: { username: 'someone' } }).error).toBe('denied: requested access to the resource is denied');

    const ok = pushImage(eng, 'learner/web:1.0', { auth: { username: 'learner' } });
    expect(ok.error).toBeUndefined();
    expect(lines(ok).filter((l) => l.endsWith('Mounted from library/nginx')).length).toBe(resolveImage(eng, 'learner/web:1.0').layers.length);
    removeImage(eng, 'learner/web:1.0');
    expect(pullImage(eng, 'learner/web:1.0').ref).toBe('learner/web:1.0');
    expect(errorOf(() => pullImage(eng, 'learner/web:2.0'))).toBe('manifest for learner/web:2.0 not found: manifest unknown: manifest unknown');
    expect(errorOf(() => pullImage(eng, 'learner/other'))).toMatch(/^pull access denied for learner\/other/);
  });
});

describe('pull --platform', () => {
  it('pulls another entry of the index: same digest, other id and architecture', () => {
    const { eng } = testEngine();
    const amd = pullImage(eng, 'alpine');
    const arm = pullImage(eng, 'alpine', undefined, { platform: 'linux/arm64' });
    expect(arm.digest).toBe(amd.digest);
    expect(arm.image.id).not.toBe(amd.image.id);
    expect(resolveImage(eng, 'alpine').architecture).toBe('arm64');
    expect(errorOf(() => pullImage(eng, 'alpine', undefined, { platform: 'windows/amd64' }))).toBe('no matching manifest for windows/amd64 in the manifest list entries');
    expect(errorOf(() => pullImage(eng, 'alpine', undefined, { platform: 'foo' }))).toBe('"foo": unknown operating system or architecture: invalid argument');
  });
});
