import { describe, expect, it } from 'vitest';
import { FAMILIES, findRepository, findTag } from './index';
import { materialise } from './materialise';
import { hasRootfs } from '../rootfs/index';

const sizeOf = (repo: string, tag: string) => materialise(findTag(findRepository(repo)!, tag)!).image.size;

describe('image catalog', () => {
  it('has a root filesystem for every layer that names one, and no duplicate tags', () => {
    for (const f of FAMILIES) {
      const seen = new Set<string>();
      for (const img of f.images) {
        for (const l of img.layers) if (l.rootfs) expect(hasRootfs(l.rootfs), `${f.repository} ${l.rootfs}`).toBe(true);
        for (const t of img.tags) {
          expect(seen.has(t), `${f.repository}:${t} twice`).toBe(false);
          seen.add(t);
        }
      }
    }
  });

  it.each([
    ['docker.io/library/nginx', 'latest', 185e6, 200e6],
    ['docker.io/library/nginx', 'alpine', 48e6, 56e6],
    ['docker.io/library/alpine', 'latest', 8.2e6, 8.4e6],
    ['docker.io/library/ubuntu', 'latest', 77e6, 79e6],
    ['docker.io/library/busybox', 'latest', 4.2e6, 4.4e6],
    ['docker.io/library/hello-world', 'latest', 10_000, 10_150],
    ['docker.io/library/node', 'latest', 1.05e9, 1.2e9],
    ['docker.io/library/python', '3.12-slim', 115e6, 130e6],
    ['docker.io/library/registry', '2', 24e6, 27e6],
  ])('%s:%s has a realistic size', (repo, tag, min, max) => {
    const size = sizeOf(repo, tag);
    expect(size).toBeGreaterThanOrEqual(min);
    expect(size).toBeLessThanOrEqual(max);
  });

  it('derives the same ids and digest for the same image in every session', () => {
    const a = materialise(findTag(findRepository('docker.io/library/nginx')!, 'latest')!);
    const b = materialise(findTag(findRepository('docker.io/library/nginx')!, 'mainline')!);
    expect(a.image.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(a.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.image.id).toBe(a.image.id);
    expect(b.digest).toBe(a.digest);
  });

  it('shares base layers between images built on the same base', () => {
    const nginx = materialise(findTag(findRepository('docker.io/library/nginx')!, 'latest')!);
    const httpd = materialise(findTag(findRepository('docker.io/library/httpd')!, 'latest')!);
    expect(nginx.layers[0]!.id).toBe(httpd.layers[0]!.id);
    expect(nginx.layers[1]!.id).not.toBe(httpd.layers[1]!.id);
  });

  it('writes history with one entry per layer plus the metadata steps, as docker history shows', () => {
    const m = materialise(findTag(findRepository('docker.io/library/nginx')!, 'latest')!);
    const created = m.image.history.map((h) => h.createdBy);
    expect(created).toContain('CMD ["nginx" "-g" "daemon off;"]');
    expect(created).toContain('EXPOSE map[80/tcp:{}]');
    expect(created).toContain('STOPSIGNAL SIGQUIT');
    expect(m.image.history.filter((h) => !h.emptyLayer)).toHaveLength(m.layers.length);
  });

  it('serves version tags matching a pattern (any Elasticsearch 8.x.y) but has no latest', () => {
    const es = findRepository('docker.elastic.co/elasticsearch/elasticsearch')!;
    expect(findTag(es, '8.15.0')).toBeDefined();
    expect(findTag(es, 'latest')).toBeUndefined();
  });
});
