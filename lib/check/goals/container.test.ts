import { describe, expect, it } from 'vitest';
import { check, hostAfter } from '../check.test-helper';

describe('container goals', () => {
  const played = hostAfter(
    [
      'docker run -d --name web -p 8080:80 -p 127.0.0.1:8443:443 -e MODE=prod -u nginx -m 256m --cpus 1.5 --restart unless-stopped -l tier=front -v data:/data -v ~/site:/srv:ro nginx',
      'docker run --name once alpine echo hello, docker',
      'docker create --name fresh alpine',
      'docker run -d --name rand -p 80 nginx:1.27-alpine',
      'mkdir -p ~/site',
    ].join('\n'),
  );

  it('checks the state by name and image, whatever the command line was', () => {
    expect(check(played, { type: 'container', name: 'web', image: 'nginx', state: 'running' }).met).toBe(true);
    expect(check(played, { type: 'container', name: 'web', image: 'nginx:latest', state: 'running' }).met).toBe(true);
    expect(check(played, { type: 'container', name: 'once', state: 'stopped', exitCode: 0, logs: 'hello, docker' }).met).toBe(true);
    expect(check(played, { type: 'container', name: 'fresh', state: 'stopped' }).met).toBe(true);
    expect(check(played, { type: 'container', name: 'gone', state: 'absent' }).met).toBe(true);
  });

  it('explains what is wrong', () => {
    expect(check(played, { type: 'container', name: 'once', state: 'running' })).toEqual({ id: 'g', met: false, detail: '`once` is exited' });
    expect(check(played, { type: 'container', name: 'web', image: 'nginx:1.27' }).detail).toBe('`web` runs `nginx`, not `nginx:1.27`');
    expect(check(played, { type: 'container', name: 'nope' }).detail).toBe('there is no container named `nope`');
    expect(check(played, { type: 'container', name: 'web', state: 'absent' }).detail).toBe('`web` still exists');
  });

  it('reads ports as -p writes them (a bare container port means one Docker picked)', () => {
    expect(check(played, { type: 'container', name: 'web', ports: ['8080:80', '127.0.0.1:8443:443/tcp'] }).met).toBe(true);
    expect(check(played, { type: 'container', name: 'web', ports: ['80:8080'] }).detail).toBe('`web` does not publish `80:8080`');
    expect(check(played, { type: 'container', name: 'web', ports: ['0.0.0.0:8443:443'] }).met).toBe(false);
    expect(check(played, { type: 'container', name: 'rand', ports: ['80'] }).met).toBe(true);
    expect(check(played, { type: 'container', name: 'web', ports: ['80'] }).met).toBe(false);
  });

  it('reads environment, user, limits, restart policy, labels and mounts', () => {
    const web = { type: 'container', name: 'web' };
    expect(check(played, { ...web, env: { MODE: 'prod' }, user: 'nginx', memory: '256m', cpus: 1.5, restart: 'unless-stopped', labels: { tier: 'front' } }).met).toBe(true);
    expect(check(played, { ...web, env: { MODE: 'dev' } }).detail).toBe('`web` has no `MODE=dev` in its environment');
    expect(check(played, { ...web, memory: '512m' }).met).toBe(false);
    expect(check(played, { ...web, mounts: [{ source: 'data', target: '/data', type: 'volume' }, { source: '~/site', target: '/srv', readOnly: true }] }).met).toBe(true);
    expect(check(played, { ...web, mounts: [{ source: 'site', target: '/srv', readOnly: false }] }).met).toBe(false);
    expect(check(played, { ...web, networks: ['bridge'] }).met).toBe(true);
    expect(check(played, { ...web, networks: ['appnet'] }).detail).toBe('`web` is not on network `appnet`');
  });

  it('is met when any container fits, for goals without a name', () => {
    expect(check(played, { type: 'container', image: 'alpine', state: 'stopped' }).met).toBe(true);
    expect(check(played, { type: 'container', image: 'httpd' }).detail).toBe('there is no such container');
  });
});
