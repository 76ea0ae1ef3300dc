import { describe, expect, it } from 'vitest';
import { commandKey, normalizeCommand, sameCommandShape } from './index';

describe('sameCommandShape', () => {
  it.each([
    ['docker run -d --name web -p 8080:80 nginx', 'docker container run --detach --publish 8080:80 --name=web nginx:latest'],
    ['docker run --name web -dp 8080:80 nginx', 'docker run -d -p 8080:80/tcp --name web docker.io/library/nginx'],
    ['docker ps -a', 'docker container ls --all'],
    ['docker container list -a', 'docker ps --all=true'],
    ['docker images', 'docker image ls'],
    ['docker build -t hello:1.0 .', 'docker buildx build --tag hello:1.0 ./'],
    ['docker run -m 512m alpine', 'docker run --memory=536870912 alpine'],
    ['docker run -p 80:80 -p 443:443 nginx', 'docker run -p 443:443 -p 80:80 nginx'],
    ['sudo docker ps', 'docker ps'],
    ['docker run -d=false alpine', 'docker run alpine'],
    ['docker run --net appnet alpine', 'docker run --network appnet alpine'],
  ])('%s is the same command as %s', (a, b) => {
    expect(sameCommandShape(a, b)).toBe(true);
  });

  it.each([
    ['docker run -d --name web -p 80:8080 nginx', 'docker run -d --name web -p 8080:80 nginx'],
    ['docker run -d nginx:1.27', 'docker run -d nginx'],
    ['docker ps', 'docker ps -a'],
    ['docker run alpine ls -la', 'docker run alpine ls -l'],
    ['docker images nginx', 'docker images nginx:latest'],
    ['docker stop web', 'docker kill web'],
  ])('%s is not the same command as %s', (a, b) => {
    expect(sameCommandShape(a, b)).toBe(false);
  });

  it('accepts extra flags only when asked to', () => {
    expect(sameCommandShape('docker ps -a --no-trunc', 'docker ps -a')).toBe(false);
    expect(sameCommandShape('docker ps -a --no-trunc', 'docker ps -a', { extraFlags: true })).toBe(true);
    expect(sameCommandShape('docker ps', 'docker ps -a', { extraFlags: true })).toBe(false);
  });
});

describe('normalizeCommand', () => {
  it('splits a line into its simple commands, command substitutions included', () => {
    const cmds = normalizeCommand('docker create --name web nginx && docker start "web" | cat; docker rm $(docker ps -aq)');
    expect(cmds.map((c) => `${c.tool} ${c.path}`.trim())).toEqual(['docker container create', 'docker container start', 'cat', 'docker container rm', 'docker container ls']);
    expect(cmds[1]!.args).toEqual(['web']);
  });

  it('keeps container arguments after the image as written (interspersed flags stop at the image)', () => {
    const [run] = normalizeCommand('docker run --rm alpine ls -la /');
    expect(run!.args).toEqual(['alpine:latest', 'ls', '-la', '/']);
    expect(run!.flags).toEqual({ rm: 'true' });
  });

  it('compares a line the client would reject as written', () => {
    const [bad] = normalizeCommand('docker run --bogus x');
    expect(bad!.valid).toBe(false);
    expect(bad!.args).toEqual(['run', '--bogus', 'x']);
  });

  it('gives one canonical text per command', () => {
    expect(normalizeCommand('docker run -dp 8080:80 --name web nginx').map(commandKey)).toEqual([
      'docker container run --detach=true --name="web" --publish=["8080:80/tcp"] "nginx:latest"',
    ]);
  });
});
