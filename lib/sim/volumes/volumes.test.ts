import { describe, expect, it } from 'vitest';
import { engineErrorOf } from '../testing-errors';
import { testEngine } from '../testing-engine';
import { createContainer } from '../containers/create';
import { startContainer } from '../containers/start';
import { removeContainer } from '../containers/manage';
import { execRun } from '../containers/exec';
import { containerFs } from '../containers/view';
import { createVolume, listVolumes, pruneVolumes, removeVolume } from './volumes';

describe('volumes', () => {
  it('creates named volumes idempotently and validates names', () => {
    const { eng } = testEngine();
    const v = createVolume(eng, { name: 'myvol', labels: { team: 'a' } });
    expect(createVolume(eng, { name: 'myvol' })).toBe(v);
    expect(engineErrorOf(() => createVolume(eng, { name: 'my vol' }))).toBe('create my vol: "my vol" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path');
    expect(engineErrorOf(() => removeVolume(eng, 'nope'))).toBe('get nope: no such volume');
  });

  it('refuses to remove a volume in use, naming the containers', () => {
    const { eng } = testEngine(['alpine']);
    const { container } = createContainer(eng, { config: { Image: 'alpine' }, hostConfig: { Binds: ['myvol:/data'] } });
    expect(engineErrorOf(() => removeVolume(eng, 'myvol'))).toBe(`remove myvol: volume is in use - [${container.id}]`);
    removeContainer(eng, container.id);
    removeVolume(eng, 'myvol');
    expect(listVolumes(eng)).toEqual([]);
  });

  it('keeps data across containers and shares it with --volumes-from', () => {
    const { eng } = testEngine(['alpine']);
    const { container: a } = createContainer(eng, { name: 'writer', config: { Image: 'alpine', Cmd: ['sh', '-c', 'write /data/note hi'] }, hostConfig: { Binds: ['shared:/data'] } });
    startContainer(eng, a.id);
    removeContainer(eng, a.id);
    const { container: b } = createContainer(eng, { name: 'reader', config: { Image: 'alpine', Cmd: ['cat', '/data/note'] }, hostConfig: { Binds: ['shared:/data'] } });
    expect(startContainer(eng, b.id).output.map((l) => l.text)).toEqual(['hi']);
    const { container: c } = createContainer(eng, { config: { Image: 'alpine', Cmd: ['sleep', '100'] }, hostConfig: { VolumesFrom: ['reader'] } });
    expect(containerFs(eng, c).readFile('/data/note')).toBe('hi');
  });

  it('copies image content into an empty volume on first mount, not later', () => {
    const { eng } = testEngine(['nginx']);
    const { container } = createContainer(eng, { config: { Image: 'nginx' }, hostConfig: { Binds: ['html:/usr/share/nginx/html'] } });
    startContainer(eng, container.id);
    const fs = containerFs(eng, container);
    expect(fs.readdir('/usr/share/nginx/html')).toEqual(['50x.html', 'index.html']);
    execRun(eng, container.id, ['rm', '/usr/share/nginx/html/50x.html']);
    const { container: next } = createContainer(eng, { config: { Image: 'nginx' }, hostConfig: { Binds: ['html:/usr/share/nginx/html'] } });
    expect(containerFs(eng, next).readdir('/usr/share/nginx/html')).toEqual(['index.html']);
  });

  it('makes anonymous volumes for image VOLUMEs and -v /path; prune removes only those unless -a', () => {
    const { eng } = testEngine(['redis', 'alpine']);
    const { container } = createContainer(eng, { config: { Image: 'redis' } });
    const anon = container.mounts.find((m) => m.Destination === '/data')!;
    expect(anon).toMatchObject({ Type: 'volume', RW: true, Source: `/var/lib/docker/volumes/${anon.Name}/_data` });
    expect(anon.Name).toMatch(/^[0-9a-f]{64}$/);
    createVolume(eng, { name: 'keepme' });
    removeContainer(eng, container.id);
    expect(pruneVolumes(eng).removed).toEqual([anon.Name]);
    expect(pruneVolumes(eng, { all: true }).removed).toEqual(['keepme']);
  });

  it('removes anonymous volumes with rm -v and refuses writes on read-only mounts', () => {
    const { eng } = testEngine(['alpine']);
    const { container } = createContainer(eng, { config: { Image: 'alpine', Cmd: ['sleep', '10'] }, hostConfig: { Binds: ['/scratch', 'ro-vol:/ro:ro'] } });
    startContainer(eng, container.id);
    expect(() => containerFs(eng, container).writeFile('/ro/x', '1')).toThrow(/EROFS/);
    removeContainer(eng, container.id, { force: true, volumes: true });
    expect(listVolumes(eng).map((v) => v.name)).toEqual(['ro-vol']);
  });
});
