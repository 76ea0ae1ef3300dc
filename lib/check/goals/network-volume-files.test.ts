import { describe, expect, it } from 'vitest';
import { check, hostAfter } from '../check.test-helper';

describe('network, volume and file goals', () => {
  const played = hostAfter(
    [
      'docker network create --internal --subnet 10.5.0.0/16 backend',
      'docker run -d --name db --network backend alpine sleep 1000',
      "docker run --rm -v notes:/data alpine sh -c 'echo first note > /data/notes.txt'",
      'docker run -d --name web -p 8080:80 nginx',
      "docker exec web sh -c 'echo hi > /usr/share/nginx/html/hello.txt'",
      "docker inspect --format '{{.NetworkSettings.Networks.bridge.IPAddress}}' web > ip.txt",
      'echo "port 8080" > ~/notes.md',
    ].join('\n'),
  );

  it('checks networks with their driver, options and members', () => {
    expect(check(played, { type: 'network', name: 'backend', driver: 'bridge', internal: true, subnet: '10.5.0.0/16', members: ['db'] }).met).toBe(true);
    expect(check(played, { type: 'network', name: 'backend', members: ['web'] }).detail).toBe('`web` is not attached to `backend`');
    expect(check(played, { type: 'network', name: 'frontend' }).detail).toBe('there is no network `frontend`');
    expect(check(played, { type: 'network', name: 'frontend', state: 'absent' }).met).toBe(true);
  });

  it('reads files inside volumes', () => {
    expect(check(played, { type: 'volume', name: 'notes', file: { path: '/notes.txt', contains: 'first note' } }).met).toBe(true);
    expect(check(played, { type: 'volume', name: 'notes', file: { path: '/other.txt' } }).detail).toBe('`notes` holds no file `/other.txt`');
    expect(check(played, { type: 'volume', name: 'nope' }).met).toBe(false);
  });

  it('reads workspace files, and files inside containers', () => {
    expect(check(played, { type: 'file', path: 'notes.md', contains: 'port 8080' }).met).toBe(true);
    expect(check(played, { type: 'file', path: '~/notes.md', contains: 'port 9090' }).detail).toBe('`~/notes.md` does not contain `port 9090`');
    expect(check(played, { type: 'file', path: '/home/learner/missing' }).met).toBe(false);
    expect(check(played, { type: 'container-file', container: 'web', path: '/usr/share/nginx/html/hello.txt', contains: 'hi' }).met).toBe(true);
    expect(check(played, { type: 'container-file', container: 'web', path: '/tmp/x', state: 'absent' }).met).toBe(true);
  });

  it('compares a file with a value only the simulator knows (the container IP)', () => {
    expect(check(played, { type: 'file', path: 'ip.txt', holds: { containerIp: 'web', network: 'bridge' } }).met).toBe(true);
    expect(check(played, { type: 'file', path: 'notes.md', holds: { containerIp: 'web' } }).detail).toBe('`notes.md` does not hold the right value');
  });
});
