import { describe, expect, it } from 'vitest';
import { dockerSession } from './testing/docker-session';

const lines = (s: string) => s.trimEnd().split('\n');

describe('docker pull', () => {
  it('prints the non-terminal progress of a first pull', () => {
    const r = dockerSession().run('docker pull nginx:1.27-alpine');
    const out = lines(r.stdout);
    expect(out[0]).toBe('1.27-alpine: Pulling from library/nginx');
    expect(out.filter((l) => /^[0-9a-f]{12}: Pull complete$/.test(l))).toHaveLength(8);
    expect(out.some((l) => /: (Downloading|Extracting)/.test(l))).toBe(false);
    expect(out.slice(-3)).toEqual([expect.stringMatching(/^Digest: sha256:[0-9a-f]{64}$/), 'Status: Downloaded newer image for nginx:1.27-alpine', 'docker.io/library/nginx:1.27-alpine']);
    expect(r).toMatchObject({ stderr: '', exit: 0 });
  });

  it.each([
    ['docker pull alpine', ['Using default tag: latest', 'latest: Pulling from library/alpine']],
    ['docker image pull busybox:1.37', ['1.37: Pulling from library/busybox']],
    ['docker pull ghcr.io/google/cadvisor:v0.56.2', ['v0.56.2: Pulling from google/cadvisor']],
  ])('%s', (line, head) => {
    expect(lines(dockerSession().run(line).stdout).slice(0, head.length)).toEqual(head);
  });

  it('reuses shared layers and reports an image already up to date', () => {
    const d = dockerSession();
    d.setup('docker pull alpine:3.22');
    expect(d.run('docker pull nginx:alpine').stdout).toMatch(/^[0-9a-f]{12}: Already exists$/m);
    expect(lines(d.run('docker pull alpine:3.22').stdout)).toEqual(['3.22: Pulling from library/alpine', expect.stringMatching(/^Digest: /), 'Status: Image is up to date for alpine:3.22', 'docker.io/library/alpine:3.22']);
  });

  it('prints only the reference with -q and pulls every tag with -a', () => {
    const d = dockerSession();
    expect(d.run('docker pull -q alpine')).toEqual({ stdout: 'docker.io/library/alpine:latest\n', stderr: '', exit: 0 });
    const all = lines(d.run('docker pull -a busybox').stdout);
    expect(all.filter((l) => l.endsWith('Pulling from library/busybox'))).toEqual(['latest: Pulling from library/busybox', 'musl: Pulling from library/busybox', '1.36: Pulling from library/busybox']);
    expect(all.filter((l) => l.startsWith('Status: '))).toEqual(['Status: Downloaded newer image for busybox']);
    expect(all.at(-1)).toBe('docker.io/library/busybox');
  });

  it('pulls by digest and for another platform', () => {
    const d = dockerSession();
    d.setup('docker pull -q alpine');
    const ref = d.run("docker image inspect --format '{{index .RepoDigests 0}}' alpine").stdout.trim();
    expect(lines(d.run(`docker pull ${ref}`).stdout).at(-1)).toBe(`docker.io/library/${ref}`);
    d.setup('docker pull --platform linux/arm64 alpine');
    expect(d.run("docker image inspect --format '{{.Os}}/{{.Architecture}}' alpine").stdout).toBe('linux/arm64\n');
    expect(d.run('DOCKER_DEFAULT_PLATFORM=linux/arm/v7 docker pull -q busybox').exit).toBe(0);
    expect(d.run("docker image inspect --format '{{.Architecture}}' busybox").stdout).toBe('arm\n');
  });

  it.each([
    ['docker pull no-such-image-here', "Error response from daemon: pull access denied for no-such-image-here, repository does not exist or may require 'docker login': denied: requested access to the resource is denied"],
    ['docker pull nginx:nope', 'Error response from daemon: manifest for nginx:nope not found: manifest unknown: manifest unknown'],
    ['docker pull registry.example.com/shop/app:1.4.2', 'Error response from daemon: Get "https://registry.example.com/v2/": dial tcp: lookup registry.example.com on 127.0.0.53:53: no such host'],
    ['docker pull localhost:5000/app', 'Error response from daemon: Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused'],
    ['docker pull --platform windows/amd64 alpine', 'Error response from daemon: no matching manifest for windows/amd64 in the manifest list entries'],
    ['docker pull --platform foo alpine', 'Error response from daemon: "foo": unknown operating system or architecture: invalid argument'],
  ])('%s fails like dockerd', (line, message) => {
    const r = dockerSession().run(line);
    expect(r.stderr).toBe(message + '\n');
    expect(r.exit).toBe(1);
  });
});
