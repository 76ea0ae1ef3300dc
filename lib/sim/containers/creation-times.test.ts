/**
 * A container's own files carry its creation time, as on real Docker: the root directory (the
 * overlay's upper directory), the init layer's /etc /dev /proc /sys, /.dockerenv, and the files
 * dockerd writes (/etc/hostname, /etc/hosts, /etc/resolv.conf). Image files keep the image's times.
 */
import { describe, expect, it } from 'vitest';
import { testEngine } from '../testing-engine';
import { createContainer } from './create';
import { containerFs } from './view';

const HOUR = 3_600_000;

function created() {
  const { eng } = testEngine(['alpine']);
  eng.world.clock += 5 * HOUR;
  const c = createContainer(eng, { name: 'box', config: { Image: 'alpine', Cmd: ['sh'] }, hostConfig: {} }).container;
  eng.world.clock += 2 * HOUR;
  return { eng, c };
}

describe('container file times', () => {
  it('date the root, the init layer directories, /.dockerenv and the generated files by the creation', () => {
    const { eng, c } = created();
    const fs = containerFs(eng, c);
    expect(c.created).toBeGreaterThan(0);
    for (const path of ['/', '/etc', '/dev', '/proc', '/sys', '/.dockerenv', '/etc/hostname', '/etc/hosts', '/etc/resolv.conf']) {
      expect([path, fs.stat(path)?.mtime]).toEqual([path, c.created]);
    }
    expect(fs.stat('/bin')?.mtime).not.toBe(c.created);
    expect(fs.stat('/etc/os-release')?.mtime).not.toBe(c.created);
  });

  it('are each container’s own: a later container shows its later time, the earlier keeps its own', () => {
    const { eng, c } = created();
    const d = createContainer(eng, { name: 'other', config: { Image: 'alpine', Cmd: ['sh'] }, hostConfig: {} }).container;
    expect(d.created).toBe(c.created + 2 * HOUR);
    expect(containerFs(eng, d).stat('/')?.mtime).toBe(d.created);
    expect(containerFs(eng, c).stat('/')?.mtime).toBe(c.created);
    expect(containerFs(eng, c).stat('/.dockerenv')?.mtime).toBe(c.created);
  });

  it('stay with the root when chmod copies it up into the container’s layer', () => {
    const { eng, c } = created();
    const fs = containerFs(eng, c);
    fs.chmod('/', 0o700);
    expect(fs.stat('/')).toMatchObject({ mode: 0o700, mtime: c.created });
    expect(c.upper.entries['/']).toMatchObject({ t: 'd', mode: 0o700, mtime: c.created });
  });
});
