/**
 * The files dockerd generates per container (/etc/hosts, /etc/resolv.conf, /proc/self/limits) show
 * the container as it is when read, and become ordinary files of the container once changed:
 * chmod, chown and mv copy them up with the content they had then.
 */
import { describe, expect, it } from 'vitest';
import { testEngine } from '../testing-engine';
import { createNetwork } from '../networks/manage';
import { connectNetwork } from '../networks/attach';
import { createContainer } from './create';
import { startContainer } from './start';
import { containerFs } from './view';

function running() {
  const { eng } = testEngine(['alpine']);
  const c = createContainer(eng, { name: 'box', config: { Image: 'alpine', Cmd: ['sleep', '1000'] }, hostConfig: {} }).container;
  startContainer(eng, c.id);
  return { eng, c };
}

describe('generated container files', () => {
  it('are read afresh: resolv.conf names the embedded DNS once a user-defined network is connected', () => {
    const { eng, c } = running();
    const fs = containerFs(eng, c);
    const before = fs.readFile('/etc/hosts');
    expect(before).toMatch(/^127\.0\.0\.1\tlocalhost\n/);
    expect(before).toContain(`\t${c.config.Hostname}\n`);
    expect(fs.readFile('/etc/resolv.conf')).not.toContain('127.0.0.11');
    createNetwork(eng, { name: 'appnet' });
    connectNetwork(eng, 'appnet', 'box');
    expect(fs.readFile('/etc/resolv.conf')).toContain('nameserver 127.0.0.11\n');
    expect(fs.stat('/etc/resolv.conf')?.size).toBe(fs.readFile('/etc/resolv.conf').length);
  });

  it('are copied up with their content by chmod, chown and mv, and then no longer follow the container', () => {
    const { eng, c } = running();
    const fs = containerFs(eng, c);
    const hosts = fs.readFile('/etc/hosts');
    const resolv = fs.readFile('/etc/resolv.conf');
    const limits = fs.readFile('/proc/self/limits');
    fs.chmod('/etc/resolv.conf', 0o600);
    expect(fs.readFile('/etc/resolv.conf')).toBe(resolv);
    expect(fs.stat('/etc/resolv.conf')?.mode).toBe(0o600);
    expect(c.upper.entries['/etc/resolv.conf']).toEqual({ t: 'f', mode: 0o600, uid: 0, gid: 0, mtime: c.created, data: resolv });
    fs.chown('/proc/self/limits', 1000, 1000);
    expect(c.upper.entries['/proc/self/limits']).toEqual({ t: 'f', mode: 0o444, uid: 1000, gid: 1000, mtime: c.created, data: limits });
    fs.rename('/etc/hosts', '/etc/hosts.saved');
    expect(fs.stat('/etc/hosts')).toBeNull();
    expect(c.upper.entries['/etc/hosts.saved']).toEqual({ t: 'f', mode: 0o644, uid: 0, gid: 0, mtime: c.created, data: hosts });
    createNetwork(eng, { name: 'appnet' });
    connectNetwork(eng, 'appnet', 'box');
    expect(fs.readFile('/etc/resolv.conf')).toBe(resolv);
    // Plain data in the container's state: a snapshot of it is the same.
    expect(structuredClone(c.upper)).toEqual(JSON.parse(JSON.stringify(c.upper)));
  });
});
