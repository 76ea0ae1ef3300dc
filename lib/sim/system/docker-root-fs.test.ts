import { describe, expect, it } from 'vitest';
import { createContainer } from '../containers/create';
import { startContainer } from '../containers/start';
import { FsError } from '../fs/types';
import { seedHome } from '../fs/seed';
import { TreeFs } from '../fs/tree';
import { testEngine } from '../testing-engine';
import { createVolume, volumeFs } from '../volumes/volumes';
import { withDockerRoot } from './docker-root-fs';

function setup() {
  const { eng } = testEngine(['alpine']);
  const tree = seedHome();
  const learner = withDockerRoot(new TreeFs(tree, { now: () => 0, cred: { uid: 1000, gid: 1000, groups: [1000] } }), eng);
  const root = learner.withUser!(0, 0);
  return { eng, learner, root };
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof FsError ? e.code : String(e);
  }
  return 'ok';
};

describe('/var/lib/docker on the host', () => {
  it('lists each container with the files dockerd keeps, its log as json-file lines', () => {
    const { eng, root } = setup();
    const { container: c } = createContainer(eng, { name: 'web', config: { Image: 'alpine', Cmd: ['echo', 'hi'] } });
    expect(root.readdir('/var/lib/docker/containers')).toEqual([c.id]);
    startContainer(eng, c.id);
    const dir = `/var/lib/docker/containers/${c.id}`;
    expect(root.readdir(dir)).toEqual([`${c.id}-json.log`, 'checkpoints', 'config.v2.json', 'hostconfig.json', 'hostname', 'hosts', 'mounts', 'resolv.conf']);
    expect(root.readFile(`${dir}/hostname`)).toBe(c.config.Hostname + '\n');
    expect(JSON.parse(root.readFile(`${dir}/${c.id}-json.log`).trim())).toMatchObject({ log: 'hi\n', stream: 'stdout' });
    expect(JSON.parse(root.readFile(`${dir}/config.v2.json`))).toMatchObject({ Id: c.id, Name: '/web' });
  });

  it("shows a volume's files under _data and follows later writes", () => {
    const { eng, root } = setup();
    const vol = createVolume(eng, { name: 'data' });
    volumeFs(eng, vol).writeFile('/greeting.txt', 'hello\n');
    expect(root.readFile('/var/lib/docker/volumes/data/_data/greeting.txt')).toBe('hello\n');
    expect(root.readdir('/var/lib/docker/volumes')).toEqual(['backingFsBlockDev', 'data', 'metadata.db']);
  });

  it('is root-only and read-only', () => {
    const { root, learner } = setup();
    expect(codeOf(() => learner.readdir('/var/lib/docker/containers'))).toBe('EACCES');
    expect(codeOf(() => root.writeFile('/var/lib/docker/containers/x', ''))).toBe('EROFS');
    expect(root.readdir('/var/lib/docker/image/overlay2')).toEqual(['imagedb', 'layerdb', 'repositories.json']);
    expect(root.readdir('/var/lib/docker/overlay2').length).toBeGreaterThan(1);
  });
});
