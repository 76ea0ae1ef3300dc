/** The build cache: what a rebuild reuses, what a change invalidates, and pruning. */
import { describe, expect, it } from 'vitest';
import { hostOf } from '../core/engine';
import { repoTags } from '../images/store';
import { cacheUsage, listRecords, pruneCache } from './cache';
import { builtImage, project, stepStates } from './testing';

const DOCKERFILE = 'FROM alpine\nWORKDIR /app\nCOPY package.json ./\nRUN touch /app/deps\nCOPY . .\nRUN write /app/built yes\nCMD ["cat", "/app/built"]\n';
const files = () => ({ Dockerfile: DOCKERFILE, 'package.json': '{"name":"app"}\n', 'server.js': 'console.log(1)\n' });

describe('build cache', () => {
  it('a rebuild without changes shows every step CACHED and gives the same image', () => {
    const p = project(files());
    const first = p.build();
    expect(Object.values(stepStates(first))).toEqual(['done', 'done', 'done', 'done', 'done', 'done']);
    const again = p.build();
    expect(stepStates(again)).toEqual({
      '[1/6] FROM docker.io/library/alpine:latest@sha256:6e0822e8d68fd0031e323230fda6465cb2df64872e8f2839079a6877c72c9f07': 'done',
      '[2/6] WORKDIR /app': 'cached',
      '[3/6] COPY package.json ./': 'cached',
      '[4/6] RUN touch /app/deps': 'cached',
      '[5/6] COPY . .': 'cached',
      '[6/6] RUN write /app/built yes': 'cached',
    });
    expect(again.imageId).toBe(first.imageId);
  });

  it('changing a file copied in step N rebuilds N and everything after it, not before', () => {
    const p = project(files());
    p.build();
    p.write({ 'server.js': 'console.log(2)\n' });
    expect(Object.values(stepStates(p.build())).slice(1)).toEqual(['cached', 'cached', 'cached', 'done', 'done']);
    p.write({ 'package.json': '{"name":"app","version":"2"}\n' });
    expect(Object.values(stepStates(p.build())).slice(1)).toEqual(['cached', 'done', 'done', 'done', 'done']);
  });

  it('copying identical content again is a cache hit (content, not timestamps, is the key)', () => {
    const p = project(files());
    p.build();
    p.write({ 'server.js': 'console.log(1)\n' });
    expect(Object.values(stepStates(p.build())).slice(1)).toEqual(['cached', 'cached', 'cached', 'cached', 'cached']);
  });

  it('--no-cache runs every step again and makes a new image', () => {
    const p = project(files());
    const first = p.build();
    const fresh = p.build({ noCache: true });
    expect(Object.values(stepStates(fresh)).slice(1)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(fresh.imageId).not.toBe(first.imageId);
  });

  it('ENV invalidates the RUN steps after it; metadata-only changes keep every step cached', () => {
    const p = project({ Dockerfile: 'FROM alpine\nRUN touch /a\nENV MODE=dev\nRUN touch /b\nCMD ["sh"]\n' });
    const first = p.build();
    p.write({ Dockerfile: 'FROM alpine\nRUN touch /a\nENV MODE=prod\nRUN touch /b\nCMD ["sh"]\n' });
    expect(Object.values(stepStates(p.build())).slice(1)).toEqual(['cached', 'done']);
    p.write({ Dockerfile: 'FROM alpine\nRUN touch /a\nENV MODE=prod\nRUN touch /b\nCMD ["sh", "-c", "echo hi"]\n' });
    const meta = p.build();
    expect(Object.values(stepStates(meta)).slice(1)).toEqual(['cached', 'cached']);
    expect(meta.imageId).not.toBe(first.imageId);
  });

  it('moving the tag leaves the previous image dangling', () => {
    const p = project(files());
    const old = p.build().imageId!;
    p.write({ 'server.js': 'changed\n' });
    const now = p.build().imageId!;
    const host = hostOf(p.eng);
    expect(repoTags(host, now)).toEqual(['app:latest']);
    expect(repoTags(host, old)).toEqual([]);
    expect(host.images[old]).toBeDefined();
  });

  it('history times of cached steps are kept, so the image created time is the build that made it', () => {
    const p = project(files());
    const first = builtImage(p, p.build());
    p.eng.world.clock += 3_600_000;
    const second = builtImage(p, p.build());
    expect(second.created).toBe(first.created);
  });

  it('records cache usage and prune empties it: the next build runs every step', () => {
    const p = project(files());
    p.build();
    const usage = cacheUsage(p.eng);
    expect(usage.count).toBe(listRecords(p.eng).length);
    expect(usage.size).toBeGreaterThan(0);
    const removed = pruneCache(p.eng, { all: false });
    expect(removed.length).toBeGreaterThan(0);
    expect(cacheUsage(p.eng).count).toBe(0);
    expect(Object.values(stepStates(p.build())).slice(1)).toEqual(['done', 'done', 'done', 'done', 'done']);
  });

  it('prune --filter until keeps records used recently', () => {
    const p = project(files());
    p.build();
    expect(pruneCache(p.eng, { all: false, olderThan: 3_600_000 })).toEqual([]);
    p.eng.world.clock += 2 * 3_600_000;
    expect(pruneCache(p.eng, { all: false, olderThan: 3_600_000 }).length).toBeGreaterThan(0);
  });
});
