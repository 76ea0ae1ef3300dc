/**
 * Every complete Dockerfile in the course (```dockerfile blocks starting with FROM) builds in the
 * simulator with a plausible project around it — or fails exactly as real Docker would.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hostOf } from '../../../sim/core/engine';
import { findImage } from '../../../sim/images/store';
import { buildSession } from './testing/session';

const CONTENT = fileURLToPath(new URL('../../../../content', import.meta.url));

function mdxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? mdxFiles(p) : p.endsWith('.mdx') ? [p] : [];
  });
}

const blocks = mdxFiles(CONTENT).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/```dockerfile[^\n]*\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((text) => /^(#[^\n]*\n)*FROM /i.test(text))
    .map((text, i) => ({ name: `${file.slice(CONTENT.length + 1)} #${i + 1}`, text })),
);

/** A project that fits the lessons' Dockerfiles (node, go, python, shell entrypoints). */
const PROJECT: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'shop', version: '1.0.0', scripts: { start: 'node server.js', build: 'vite build', test: 'vitest run' }, dependencies: { express: '^4.21.2' }, devDependencies: { vite: '^6.0.0', vitest: '^3.0.0' } }, null, 2),
  'package-lock.json': '{"lockfileVersion": 3}\n',
  'server.js': 'require("http").createServer((q, s) => s.end("ok")).listen(3000)\n',
  'go.mod': 'module example.com/api\n\ngo 1.25\n\nrequire github.com/go-chi/chi/v5 v5.2.2\n',
  'go.sum': '',
  'cmd/api/main.go': 'package main\n\nfunc main() {}\n',
  'requirements.txt': 'flask==3.1.1\n',
  'docker-entrypoint.sh': '#!/bin/sh\nexec "$@"\n',
  id_rsa: '-----BEGIN OPENSSH PRIVATE KEY-----\n',
};

/**
 * Steps that fail for real too (no git in alpine), and a gap of the simulated registry noted for
 * the catalog (the node images lack their `node` user, uid 1000).
 */
const EXPECTED_FAILURES: Array<[RegExp, RegExp]> = [
  [/RUN git clone/, /"\/bin\/sh -c git clone [^"]*" did not complete successfully: exit code: 127/],
];

describe('course Dockerfiles', () => {
  it('are found', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(blocks.map((b) => [b.name, b.text] as const))('%s', (_name, text) => {
    const files: Record<string, string> = { 'lesson/Dockerfile': text };
    for (const [k, v] of Object.entries(PROJECT)) files[`lesson/${k}`] = v;
    const { session, eng } = buildSession([], files);
    const r = session.run('cd lesson && docker build -t lesson .');
    const expected = EXPECTED_FAILURES.find(([dockerfile]) => dockerfile.test(text));
    if (expected) {
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toMatch(expected[1]);
      return;
    }
    expect(r.stderr).not.toContain('ERROR');
    expect(r.exitCode).toBe(0);
    expect(findImage(eng, 'lesson')).toBeDefined();
    expect(hostOf(eng).images[findImage(eng, 'lesson')!.id]!.source).toBe('build');
  });
});

describe('what package installs weigh', () => {
  it('apk add curl makes a layer of a few megabytes, shown in the image history', () => {
    const { session, eng } = buildSession(['alpine'], { 'c/Dockerfile': 'FROM alpine\nRUN apk add --no-cache curl\n' });
    expect(session.run('cd c && docker build -t c .').exitCode).toBe(0);
    const img = findImage(eng, 'c')!;
    const step = img.history[img.history.length - 1]!;
    expect(step.createdBy).toBe('RUN /bin/sh -c apk add --no-cache curl # buildkit');
    expect(step.size).toBeGreaterThan(3_000_000);
    expect(step.size).toBeLessThan(8_000_000);
  });
});

describe('network for RUN', () => {
  it('--network=none (flag or RUN option) makes package downloads fail', () => {
    const { session } = buildSession(['alpine'], { 'n/Dockerfile': 'FROM alpine\nRUN apk add --no-cache curl\n', 'm/Dockerfile': 'FROM alpine\nRUN --network=none apk add --no-cache curl\n' });
    const flag = session.run('cd n && docker build --network=none .');
    expect(flag.exitCode).toBe(1);
    expect(flag.stderr).toContain('WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.22/main: temporary error (try again later)');
    expect(session.run('cd ../m && docker build .').stderr).toContain('ERROR: failed to build: failed to solve: process "/bin/sh -c apk add --no-cache curl" did not complete successfully: exit code: 1');
    expect(session.run('cd ../n && docker build .').exitCode).toBe(0);
  });
});
