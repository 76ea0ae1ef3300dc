import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

const SOCK = '-v /var/run/docker.sock:/var/run/docker.sock';

function session() {
  const s = createHostSession({ stepMs: 0 });
  s.run('docker pull -q docker:cli >/dev/null; docker run -d --name web nginx >/dev/null');
  return s;
}

describe('the docker client inside a container', () => {
  it('lists the host engine\'s containers through the mounted socket', () => {
    const s = session();
    const r = s.run(`docker run --rm ${SOCK} docker:cli docker ps --format '{{.Names}} {{.Image}}'`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n')).toContain('web nginx');
  });

  it('creates containers on the host engine (the socket is the host daemon)', () => {
    const s = session();
    expect(s.run(`docker run --rm ${SOCK} docker:cli docker run -d --name sibling alpine sleep 100`).exitCode).toBe(0);
    expect(s.run("docker ps --format '{{.Names}}' --filter name=sibling").stdout).toBe('sibling\n');
  });

  it('fails as the real client does without the socket, after parsing flags', () => {
    const s = session();
    expect(s.run('docker run --rm docker:cli docker ps')).toMatchObject({ stdout: '', stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exitCode: 1 });
    expect(s.run('docker run --rm -e DOCKER_HOST=unix:///tmp/d.sock ' + SOCK + ' docker:cli docker images').stderr).toBe('Cannot connect to the Docker daemon at unix:///tmp/d.sock. Is the docker daemon running?\n');
    expect(s.run('docker run --rm docker:cli docker ps --bogus')).toMatchObject({ exitCode: 125 });
  });

  it('is not there in images without the client', () => {
    const s = session();
    expect(s.run(`docker run --rm ${SOCK} alpine docker ps`).exitCode).toBe(127);
  });
});
