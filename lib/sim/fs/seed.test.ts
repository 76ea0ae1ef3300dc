import { describe, expect, it } from 'vitest';
import { TreeFs } from './tree';
import { binaryCommand, memberGroupIds, seedHome } from './seed';

describe('seedHome', () => {
  const data = seedHome({ now: 42, commands: ['docker'], files: { 'app/index.html': '<h1>hi</h1>\n' } });
  const root = new TreeFs(data);
  const learner = root.withUser(1000, 1000, memberGroupIds(root.readFile('/etc/group'), 'learner'));

  it('has an Ubuntu 24.04 identity and the dockerlings hostname', () => {
    expect(root.readFile('/etc/os-release')).toMatch(/^PRETTY_NAME="Ubuntu 24\.04\.\d LTS"$/m);
    expect(root.readFile('/etc/hostname')).toBe('dockerlings\n');
    expect(root.readFile('/etc/passwd')).toMatch(/^learner:x:1000:1000:.*:\/home\/learner:\/bin\/bash$/m);
  });

  it('puts the learner in the docker group', () => {
    expect(memberGroupIds(root.readFile('/etc/group'), 'learner')).toEqual(expect.arrayContaining([27, 988]));
  });

  it('gives the learner a writable home with dotfiles and seeded files', () => {
    expect(learner.readdir('/home/learner')).toEqual(['.bash_logout', '.bashrc', '.profile', 'app']);
    expect(root.stat('/home/learner/app/index.html')).toMatchObject({ uid: 1000, gid: 1000, mtime: 42 });
    expect(root.stat('/home/learner/app')).toMatchObject({ uid: 1000, gid: 1000, mode: 0o775 });
    learner.writeFile('/home/learner/new.txt', 'x');
    learner.writeFile('/tmp/scratch', 'x');
  });

  it('keeps root-only places closed to the learner', () => {
    expect(() => learner.readdir('/var/lib/docker')).toThrow(/EACCES/);
    expect(() => learner.readdir('/root')).toThrow(/EACCES/);
    expect(root.readdir('/var/lib/docker/containers')).toEqual([]);
  });

  it('has a fresh Docker install: /var/lib/docker skeleton and the docker group socket', () => {
    expect(root.readdir('/var/lib/docker')).toEqual(['buildkit', 'containers', 'engine-id', 'image', 'network', 'overlay2', 'plugins', 'runtimes', 'swarm', 'tmp', 'volumes']);
    expect(root.stat('/var/run/docker.sock')).toMatchObject({ type: 'file', special: 'socket', mode: 0o660, uid: 0, gid: 988 });
  });

  it('has executables in /usr/bin, reachable through the /bin link', () => {
    expect(binaryCommand(root.readFile('/bin/ls'))).toBe('ls');
    expect(binaryCommand(root.readFile('/usr/bin/docker'))).toBe('docker');
    expect(binaryCommand(root.readFile('/bin/sh'))).toBe('sh');
    expect(root.stat('/usr/bin/ls')?.mode).toBe(0o755);
    expect(binaryCommand('#!/bin/sh\necho hi\n')).toBeNull();
  });

  it('is serialisable', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
