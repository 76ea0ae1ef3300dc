import { describe, expect, it } from 'vitest';
import { engineErrorOf } from '../testing-errors';
import { testEngine } from '../testing-engine';
import { createContainer } from '../containers/create';
import { startContainer } from '../containers/start';
import { stopContainer } from '../containers/control';
import { execRun } from '../containers/exec';
import { containerDiff } from '../containers/diff';
import { containerFs } from '../containers/view';
import { removeContainer } from '../containers/manage';
import { exportContainer, importImage, loadImages, saveImages } from './archive';
import { commitContainer } from './commit';
import { imageHistory, tagImage } from './history';
import { listImages, parseImageFilters } from './list';
import { pruneImages, removeImage } from './remove';
import { repoTags, resolveImage } from './store';
import { createEngine } from '../engine';
import { fakeRunner } from '../testing';

const short = (id: string) => id.slice(7, 19);

describe('image operations', () => {
  it('lists newest first, with reference and dangling filters', () => {
    const { eng } = testEngine(['alpine', 'nginx', 'nginx:alpine']);
    const all = listImages(eng).map((i) => i.repoTags[0]);
    // docker sorts by the images' creation dates (nginx:alpine was built after nginx:latest).
    expect(all).toEqual(['nginx:alpine', 'nginx:latest', 'alpine:latest']);
    expect(listImages(eng, { filters: parseImageFilters(['reference=nginx']) }).map((i) => i.repoTags[0])).toEqual(['nginx:alpine', 'nginx:latest']);
    expect(listImages(eng, { filters: parseImageFilters(['reference=*:alpine']) })).toHaveLength(1);
    expect(listImages(eng, { filters: parseImageFilters(['dangling=true']) })).toHaveLength(0);
    expect(engineErrorOf(() => parseImageFilters(['color=red']))).toBe("invalid filter 'color'");
  });

  it('untags while other tags remain, then deletes image and layers', () => {
    const { eng } = testEngine(['alpine']);
    tagImage(eng, 'alpine', 'myalpine:1.0');
    expect(removeImage(eng, 'myalpine:1.0')).toEqual([{ untagged: 'myalpine:1.0' }]);
    const id = resolveImage(eng, 'alpine').id;
    const out = removeImage(eng, 'alpine');
    expect(out.slice(0, 3)).toEqual([{ untagged: 'alpine:latest' }, { untagged: expect.stringMatching(/^alpine@sha256:/) }, { deleted: id }]);
    expect(out).toHaveLength(4);
    expect(engineErrorOf(() => removeImage(eng, 'doesnotexist'))).toBe('No such image: doesnotexist:latest');
  });

  it('refuses to remove an image a container uses, with dockerd wording', () => {
    const { eng } = testEngine(['nginx']);
    const { container } = createContainer(eng, { name: 'web', config: { Image: 'nginx' } });
    const id = resolveImage(eng, 'nginx').id;
    expect(engineErrorOf(() => removeImage(eng, 'nginx'))).toBe(`conflict: unable to remove repository reference "nginx" (must force) - container ${container.id.slice(0, 12)} is using its referenced image ${short(id)}`);
    expect(engineErrorOf(() => removeImage(eng, short(id)))).toBe(`conflict: unable to delete ${short(id)} (must be forced) - image is being used by stopped container ${container.id.slice(0, 12)}`);
    startContainer(eng, 'web');
    expect(engineErrorOf(() => removeImage(eng, short(id), { force: true }))).toBe(`conflict: unable to delete ${short(id)} (cannot be forced) - image is being used by running container ${container.id.slice(0, 12)}`);
    tagImage(eng, 'nginx', 'mine:v1');
    expect(engineErrorOf(() => { stopContainer(eng, 'web'); removeContainer(eng, 'web'); return removeImage(eng, short(id)); })).toBe(`conflict: unable to delete ${short(id)} (must be forced) - image is referenced in multiple repositories`);
  });

  it('prunes dangling images only, or every unused image with -a', () => {
    const { eng } = testEngine(['alpine', 'busybox']);
    const { container } = createContainer(eng, { config: { Image: 'alpine', Cmd: ['touch', '/x'] } });
    startContainer(eng, container.id);
    const img = commitContainer(eng, container.id);
    expect(repoTags(eng.world.hosts[0]!, img.id)).toEqual([]);
    expect(pruneImages(eng).deleted).toEqual([{ deleted: img.id }, { deleted: img.layers.at(-1) }]);
    const all = pruneImages(eng, { all: true });
    expect(all.deleted.filter((d) => 'untagged' in d).map((d) => ('untagged' in d ? d.untagged : ''))).toContain('busybox:latest');
    expect(listImages(eng).map((i) => i.repoTags[0])).toEqual(['alpine:latest']);
  });

  it('commits a container: new layer with its changes, diff shows A/C/D, history on top', () => {
    const { eng } = testEngine(['alpine']);
    createContainer(eng, { name: 'cow', config: { Image: 'alpine', Cmd: ['sleep', '1000'] } });
    startContainer(eng, 'cow');
    execRun(eng, 'cow', ['sh', '-c', 'write /root/notes.txt hello']);
    execRun(eng, 'cow', ['rm', '/etc/motd']);
    execRun(eng, 'cow', ['sh', '-c', 'write /etc/alpine-release 9.9.9']);
    expect(containerDiff(eng, 'cow')).toEqual([
      { kind: 'C', path: '/etc' },
      { kind: 'C', path: '/etc/alpine-release' },
      { kind: 'D', path: '/etc/motd' },
      { kind: 'C', path: '/root' },
      { kind: 'A', path: '/root/notes.txt' },
    ]);
    const img = commitContainer(eng, 'cow', { reference: 'cow-snapshot:1', message: 'notes' });
    expect(imageHistory(eng, 'cow-snapshot:1')[0]).toMatchObject({ id: img.id, createdBy: 'sleep 1000', comment: 'notes', tags: ['cow-snapshot:1'] });
    const { container: next } = createContainer(eng, { config: { Image: 'cow-snapshot:1' } });
    const fs = containerFs(eng, next);
    expect(fs.readFile('/root/notes.txt')).toBe('hello');
    expect(fs.stat('/etc/motd')).toBeNull();
  });

  it('saves images to an archive another engine can load', () => {
    const { eng } = testEngine(['alpine']);
    tagImage(eng, 'alpine', 'mine:1');
    const tar = saveImages(eng, ['mine:1']);
    const other = createEngine({ runner: fakeRunner, seed: 7 });
    expect(loadImages(other, tar).loaded).toEqual([{ ref: 'mine:1' }]);
    const { container } = createContainer(other, { config: { Image: 'mine:1', Cmd: ['cat', '/etc/alpine-release'] } });
    expect(startContainer(other, container.id).output.map((l) => l.text)).toEqual(['3.22.1']);
    expect(engineErrorOf(() => loadImages(other, 'not a tar'))).toBe('archive/tar: invalid tar header');
  });

  it('exports a container filesystem and imports it as a new image', () => {
    const { eng } = testEngine(['busybox']);
    const { container } = createContainer(eng, { config: { Image: 'busybox', Cmd: ['sh', '-c', 'write /hello.txt hi'] } });
    startContainer(eng, container.id);
    const img = importImage(eng, exportContainer(eng, container.id), { reference: 'flat:1', changes: ['CMD ["cat", "/hello.txt"]'] });
    expect(img.layers).toHaveLength(1);
    expect(img.config.Cmd).toEqual(['cat', '/hello.txt']);
    const { container: c2 } = createContainer(eng, { config: { Image: 'flat:1' } });
    expect(startContainer(eng, c2.id).output.map((l) => l.text)).toEqual(['hi']);
  });
});
