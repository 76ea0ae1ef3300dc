import { describe, expect, it } from 'vitest';
import { bareEngine, createRuntime } from '../core/engine';
import { EngineError } from '../core/errors';
import { fakeRunner } from '../testing';
import { pullImage } from './pull';
import { repoDigests, repoTags, resolveImage } from './store';

const engine = () => bareEngine(createRuntime(fakeRunner));
const errorOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof EngineError ? e.message : String(e);
  }
  return 'no error';
};

describe('docker pull', () => {
  it('downloads every layer, then reports the digest and status', () => {
    const eng = engine();
    const r = pullImage(eng, 'nginx');
    const statuses = r.lines.map((l) => (l.id ? `${l.id}: ${l.status}` : l.status));
    expect(statuses[0]).toBe('latest: Pulling from library/nginx');
    expect(statuses.filter((s) => s.endsWith('Pull complete'))).toHaveLength(7);
    expect(statuses.at(-2)).toMatch(/^Digest: sha256:[0-9a-f]{64}$/);
    expect(statuses.at(-1)).toBe('Status: Downloaded newer image for nginx:latest');
    expect(r.canonical).toBe('docker.io/library/nginx:latest');
    const host = eng.world.hosts[0]!;
    expect(repoTags(host, r.image.id)).toEqual(['nginx:latest']);
    expect(repoDigests(host, r.image.id)).toEqual([`nginx@${r.digest}`]);
  });

  it('says the image is up to date the second time', () => {
    const eng = engine();
    pullImage(eng, 'alpine');
    const r = pullImage(eng, 'alpine:latest');
    expect(r.upToDate).toBe(true);
    expect(r.lines.map((l) => (l.id ? `${l.id}: ${l.status}` : l.status))).toEqual(['latest: Pulling from library/alpine', `Digest: ${r.digest}`, 'Status: Image is up to date for alpine:latest']);
  });

  it('reuses shared layers ("Already exists")', () => {
    const eng = engine();
    pullImage(eng, 'nginx');
    const r = pullImage(eng, 'httpd');
    expect(r.lines[1]!.status).toBe('Already exists');
  });

  it('tags an image already present under another tag without downloading', () => {
    const eng = engine();
    const a = pullImage(eng, 'nginx:latest');
    const b = pullImage(eng, 'nginx:mainline');
    expect(b.image.id).toBe(a.image.id);
    expect(b.lines.filter((l) => l.status === 'Pull complete')).toHaveLength(0);
    expect(repoTags(eng.world.hosts[0]!, a.image.id)).toEqual(['nginx:latest', 'nginx:mainline']);
  });

  it.each([
    ['foo', "pull access denied for foo, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"],
    ['someone/private', "pull access denied for someone/private, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"],
    ['nginx:nope', 'manifest for nginx:nope not found: manifest unknown: manifest unknown'],
    ['docker.elastic.co/elasticsearch/elasticsearch', 'manifest for docker.elastic.co/elasticsearch/elasticsearch:latest not found: manifest unknown: manifest unknown'],
    ['localhost:5000/app', 'Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused'],
    ['registry.example.com/app', 'Get "https://registry.example.com/v2/": dial tcp: lookup registry.example.com on 127.0.0.53:53: no such host'],
  ])('fails for %s with the daemon message', (ref, message) => {
    expect(errorOf(() => pullImage(engine(), ref))).toBe(message);
  });

  it('pulls by digest and resolves the image by id prefix', () => {
    const eng = engine();
    const first = pullImage(eng, 'redis:7');
    const other = engine();
    const r = pullImage(other, `redis@${first.digest}`);
    expect(r.image.id).toBe(first.image.id);
    expect(resolveImage(other, r.image.id.slice(7, 19)).id).toBe(first.image.id);
    expect(errorOf(() => resolveImage(other, 'redis'))).toBe('No such image: redis:latest');
  });

  it('pulls and finds name:tag@digest by its digest, ignoring the tag (the refstore rule)', () => {
    const eng = engine();
    const digest = pullImage(engine(), 'nginx:1.27-alpine').digest;
    const r = pullImage(eng, `nginx:1.27-alpine@${digest}`);
    expect(r.lines[0]).toEqual({ id: `docker.io/library/nginx@${digest}`, status: 'Pulling from library/nginx' });
    expect(r.lines.at(-1)?.status).toBe(`Status: Downloaded newer image for nginx@${digest}`);
    expect(resolveImage(eng, `nginx:1.27-alpine@${digest}`).id).toBe(r.image.id);
    expect(resolveImage(eng, `nginx:whatever@${digest}`).id).toBe(r.image.id);
    expect(repoTags(eng.world.hosts[0]!, r.image.id)).toEqual([]);
    expect(errorOf(() => resolveImage(eng, 'nginx:1.27-alpine'))).toBe('No such image: nginx:1.27-alpine');
  });
});
