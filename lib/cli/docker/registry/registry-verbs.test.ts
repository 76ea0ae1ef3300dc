import { describe, expect, it } from 'vitest';
import { dockerSession } from '../image/testing/docker-session';

const lines = (s: string) => s.trimEnd().split('\n');
const UNENCRYPTED = "\nWARNING! Your credentials are stored unencrypted in '/home/learner/.docker/config.json'.\nConfigure a credential helper to remove this warning. See\nhttps://docs.docker.com/go/credential-store/\n\n";

describe('docker login / logout', () => {
  it('stores credentials in ~/.docker/config.json with the warnings docker prints', () => {
    const d = dockerSession();
    expect(d.run('docker login -u learner -p s3cret')).toEqual({ stdout: 'Login Succeeded\n', stderr: 'WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n' + UNENCRYPTED, exit: 0 });
    expect(d.run('cat ~/.docker/config.json').stdout).toBe('{\n\t"auths": {\n\t\t"https://index.docker.io/v1/": {\n\t\t\t"auth": "bGVhcm5lcjpzM2NyZXQ="\n\t\t}\n\t}\n}');
    expect(d.run('ls -l ~/.docker/config.json').stdout).toMatch(/^-rw------- 1 learner learner /);
    expect(d.run('echo s3cret | docker login --username learner --password-stdin')).toEqual({ stdout: 'Login Succeeded\n', stderr: '', exit: 0 });
    expect(d.run('docker login').stderr).toBe("Authenticating with existing credentials... [Username: learner]\n\n Info -> To login with a different account, run 'docker logout' followed by 'docker login'\n\n\n");
    expect(d.run('docker logout')).toEqual({ stdout: 'Removing login credentials for https://index.docker.io/v1/\n', stderr: '', exit: 0 });
    expect(d.run('cat ~/.docker/config.json').stdout).toBe('{\n\t"auths": {}\n}');
  });

  it('logs in to a private registry only when one answers', () => {
    const d = dockerSession();
    expect(d.run('docker login -u a -p b localhost:5000').stderr).toMatch(/Error response from daemon: Get "http:\/\/localhost:5000\/v2\/": dial tcp 127\.0\.0\.1:5000: connect: connection refused\n$/);
    d.setup('docker run -d -p 5000:5000 --name registry registry:2');
    expect(d.run('echo pw | docker login -u alice --password-stdin localhost:5000').stdout).toBe('Login Succeeded\n');
    expect(d.run('cat ~/.docker/config.json').stdout).toContain('"localhost:5000": {');
    expect(d.run('docker logout http://localhost:5000/').stdout).toBe('Removing login credentials for localhost:5000\n');
    expect(d.run('cat ~/.docker/config.json').stdout).not.toContain('localhost:5000');
  });

  it('cannot prompt when stdin is not the terminal: incomplete credentials get the non-TTY error', () => {
    const d = dockerSession();
    const nonTty = { stdout: '', stderr: 'Error: Cannot perform an interactive login from a non TTY device\n', exit: 1 };
    expect(d.run('docker login -u learner </dev/null')).toEqual(nonTty);
    expect(d.run('true | docker login localhost:5000')).toEqual(nonTty);
    expect(d.run('printf "" | docker login -u learner --password-stdin')).toEqual(nonTty);
  });
});

describe('docker push', () => {
  it('is denied on Docker Hub until logged in, then mounts the layers from library/nginx', () => {
    const d = dockerSession();
    d.setup('docker pull -q nginx:1.27-alpine', 'docker tag nginx:1.27-alpine learner/web:1.0');
    const denied = d.run('docker push learner/web:1.0');
    expect(lines(denied.stdout)[0]).toBe('The push refers to repository [docker.io/learner/web]');
    expect(lines(denied.stdout).slice(1).every((l) => /^[0-9a-f]{12}: (Preparing|Waiting)$/.test(l))).toBe(true);
    expect(denied).toMatchObject({ stderr: 'denied: requested access to the resource is denied\n', exit: 1 });
    d.setup('echo t | docker login -u learner --password-stdin');
    const out = lines(d.run('docker push learner/web:1.0').stdout);
    expect(out.filter((l) => l.endsWith(': Mounted from library/nginx'))).toHaveLength(8);
    expect(out.at(-1)).toMatch(/^1\.0: digest: sha256:[0-9a-f]{64} size: \d{4}$/);
    expect(d.run('docker push -q learner/web:1.0')).toEqual({ stdout: 'docker.io/learner/web:1.0\n', stderr: '', exit: 0 });
    d.setup('docker rmi learner/web:1.0');
    expect(lines(d.run('docker pull learner/web:1.0').stdout).at(-1)).toBe('docker.io/learner/web:1.0');
  });

  it('pushes to a local registry that really stores the image', () => {
    const d = dockerSession();
    d.setup('docker run -d -p 5000:5000 --name registry -v registry-data:/var/lib/registry registry:2', 'docker pull -q alpine', 'docker tag alpine localhost:5000/tools/alpine:3.22');
    expect(lines(d.run('docker push localhost:5000/tools/alpine:3.22').stdout)).toEqual([
      'The push refers to repository [localhost:5000/tools/alpine]',
      expect.stringMatching(/^[0-9a-f]{12}: Preparing$/),
      expect.stringMatching(/^[0-9a-f]{12}: Pushed$/),
      expect.stringMatching(/^3\.22: digest: sha256:[0-9a-f]{64} size: 527$/),
    ]);
    expect(d.run('curl -s http://localhost:5000/v2/tools/alpine/tags/list').stdout).toBe('{"name":"tools/alpine","tags":["3.22"]}\n');
    d.setup('docker rmi localhost:5000/tools/alpine:3.22 alpine');
    expect(d.run('docker pull localhost:5000/tools/alpine:3.22').stdout).toMatch(/^3\.22: Pulling from tools\/alpine\n/);
    expect(lines(d.run('docker push --all-tags localhost:5000/tools/alpine').stdout)[2]).toMatch(/: Layer already exists$/);
  });

  it.each([
    ['docker push localhost:5000/app:1', ['The push refers to repository [localhost:5000/app]'], 'An image does not exist locally with the tag: localhost:5000/app'],
    ['docker push alpine:3.99', ['The push refers to repository [docker.io/library/alpine]'], 'tag does not exist: alpine:3.99'],
    ['docker push localhost:5000/alpine', ['Using default tag: latest', 'The push refers to repository [localhost:5000/alpine]'], 'Get "http://localhost:5000/v2/": dial tcp 127.0.0.1:5000: connect: connection refused'],
  ])('%s', (line, out, err) => {
    const d = dockerSession();
    d.setup('docker pull -q alpine', 'docker tag alpine localhost:5000/alpine');
    expect(d.run(line)).toEqual({ stdout: out.join('\n') + '\n', stderr: err + '\n', exit: 1 });
  });
});

describe('docker search', () => {
  it('lists Docker Hub results with truncated descriptions', () => {
    const out = lines(dockerSession().run('docker search --filter is-official=true --limit 5 nginx').stdout);
    expect(out).toEqual(['NAME      DESCRIPTION                STARS     OFFICIAL', 'nginx     Official build of Nginx.   20900     [OK]']);
    const all = lines(dockerSession().run('docker search nginx').stdout);
    expect(all[2]).toMatch(/^linuxserver\/nginx\s+An Nginx container, brought to you by LinuxS…\s+230\s*$/);
  });

  it.each([
    ["docker search --format '{{.Name}}: {{.StarCount}}' --filter stars=10000 postgres", 'postgres: 14300\n'],
    ['docker search --format json --limit 1 alpine', '{"Description":"A minimal Docker image based on Alpine Linux…","IsOfficial":"true","Name":"alpine","StarCount":"11400"}\n'],
    ['docker search --no-trunc --format "{{.Description}}" --limit 1 registry', 'Distribution implementation for storing and distributing of container images and artifacts\n'],
  ])('%s', (line, out) => {
    expect(dockerSession().run(line).stdout).toBe(out);
  });

  it.each([
    ['docker search -f color=red nginx', "Error response from daemon: invalid filter 'color'"],
    ['docker search -f is-official=yes nginx', "Error response from daemon: invalid filter 'is-official=[yes]'"],
    ['docker search -f stars=many nginx', 'Error response from daemon: invalid filter \'stars=many\': strconv.Atoi: parsing "many": invalid syntax'],
    ['docker search --limit 101 nginx', 'Error response from daemon: limit 101 is outside the range of [1, 100]'],
  ])('%s', (line, err) => {
    expect(dockerSession().run(line)).toEqual({ stdout: '', stderr: err + '\n', exit: 1 });
  });
});

describe('docker manifest inspect', () => {
  it('shows a catalog tag as a multi-platform manifest list', () => {
    const list = JSON.parse(dockerSession().run('docker manifest inspect nginx:1.27-alpine').stdout) as { mediaType: string; manifests: Array<{ platform: { architecture: string } }> };
    expect(list.mediaType).toBe('application/vnd.docker.distribution.manifest.list.v2+json');
    expect(list.manifests.map((m) => m.platform.architecture)).toEqual(['amd64', 'arm64', 'arm', '386', 'ppc64le', 's390x']);
  });

  it('fails for unknown tags', () => {
    expect(dockerSession().run('docker manifest inspect nginx:nope')).toEqual({ stdout: '', stderr: 'no such manifest: docker.io/library/nginx:nope\n', exit: 1 });
  });
});
