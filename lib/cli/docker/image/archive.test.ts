import { describe, expect, it } from 'vitest';
import { dockerSession } from './testing/docker-session';

describe('docker save / load', () => {
  it('round-trips images through an archive file with their ids and tags', () => {
    const d = dockerSession();
    d.setup('docker pull -q nginx:1.27-alpine', 'docker pull -q alpine');
    const ids = d.run("docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'").stdout;
    expect(d.run('docker save -o bundle.tar nginx:1.27-alpine alpine')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(d.run('tar -tf bundle.tar').stdout).toMatch(/^blobs\/\nblobs\/sha256\/\n(blobs\/sha256\/[0-9a-f]{64}\n)+index\.json\nmanifest\.json\noci-layout\nrepositories\n$/);
    d.setup('docker rmi nginx:1.27-alpine alpine');
    expect(d.run('docker load -i bundle.tar')).toEqual({ stdout: 'Loaded image: nginx:1.27-alpine\nLoaded image: alpine:latest\n', stderr: '', exit: 0 });
    expect(d.run("docker images --format '{{.Repository}}:{{.Tag}} {{.ID}}'").stdout).toBe(ids);
  });

  it('streams to a redirect or pipe, refuses a terminal, and loads from stdin', () => {
    const d = dockerSession();
    d.setup('docker pull -q alpine');
    expect(d.run('docker save alpine')).toEqual({ stdout: '', stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n', exit: 1 });
    d.setup('docker save alpine > alpine.tar', 'docker rmi alpine');
    expect(d.run('docker load < alpine.tar').stdout).toBe('Loaded image: alpine:latest\n');
    expect(d.run('cat alpine.tar | docker image load -q').exit).toBe(0);
  });

  it.each([
    ['docker save nothere -o x.tar', 'Error response from daemon: reference does not exist'],
    ['docker save -o nodir/x.tar alpine', 'failed to save image: invalid output path: stat nodir: no such file or directory'],
    ['docker save -o /tmp alpine', 'failed to save image: cannot write to a directory'],
    ['docker load -i missing.tar', 'open missing.tar: no such file or directory'],
    ['docker load', 'requested load from stdin, but stdin is empty'],
    ['echo hello | docker load', 'Error response from daemon: archive/tar: invalid tar header'],
  ])('%s', (line, message) => {
    const d = dockerSession();
    d.setup('docker pull -q alpine');
    expect(d.run(line)).toEqual({ stdout: '', stderr: message + '\n', exit: 1 });
  });
});

describe('docker import', () => {
  it('turns an exported filesystem into a one-layer image without configuration', () => {
    const d = dockerSession();
    d.setup('docker run --name configured alpine sh -c \'echo "built by hand" > /info.txt\'', 'docker export -o configured.tar configured');
    expect(d.run('docker import configured.tar alpine-flat:1').stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    const history = d.run('docker image history alpine-flat:1').stdout.trim().split('\n');
    expect(history).toHaveLength(2);
    expect(history[1]).toMatch(/^[0-9a-f]{12}\s+Less than a second ago\s+\S+\s+Imported from -$/);
    expect(d.run('docker run alpine-flat:1').stderr).toMatch(/^docker: Error response from daemon: no command specified/);
    d.setup(`docker import --change 'CMD ["/bin/sh"]' -m 'flat copy' configured.tar alpine-flat:2`);
    expect(d.run('docker run --rm alpine-flat:2 cat /info.txt').stdout).toBe('built by hand\n');
    expect(d.run("docker image inspect -f '{{.Comment}} {{.Config.Cmd}}' alpine-flat:2").stdout).toBe('flat copy [/bin/sh]\n');
    expect(d.run('cat configured.tar | docker image import - flat:3').exit).toBe(0);
  });

  it.each([
    ['docker import missing.tar x', 'open missing.tar: no such file or directory'],
    ['docker import configured.tar Bad', 'invalid reference format: repository name (library/Bad) must be lowercase'],
    ['docker import http://files.example.org/root.tar', 'Error response from daemon: Get "http://files.example.org/root.tar": dial tcp: lookup files.example.org on 127.0.0.53:53: no such host'],
  ])('%s', (line, message) => {
    const d = dockerSession({ 'configured.tar': '' });
    expect(d.run(line)).toEqual({ stdout: '', stderr: message + '\n', exit: 1 });
  });
});

describe('docker image prune', () => {
  it('asks first (no answer cancels quietly), then removes dangling images', () => {
    const d = dockerSession();
    d.setup('docker pull -q alpine', 'docker pull -q nginx:1.27-alpine', 'docker tag nginx:1.27-alpine alpine:latest');
    // In the terminal the question waits for the next line; anything but y cancels quietly.
    expect(d.run('docker image prune')).toEqual({ stdout: 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ', stderr: '', exit: 0 });
    expect(d.run('n')).toEqual({ stdout: '', stderr: '', exit: 0 });
    expect(d.run('docker image prune < /dev/null').stdout).toBe('WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] \n');
    expect(d.run('docker images -q --filter dangling=true').stdout).not.toBe('');
    const r = d.run('echo y | docker image prune');
    expect(r.stdout).toMatch(/^WARNING! This will remove all dangling images\.\nAre you sure you want to continue\? \[y\/N\] Deleted Images:\nuntagged: alpine@sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n\nTotal reclaimed space: 8\.31MB\n$/);
    expect(d.run('docker image prune -f').stdout).toBe('Total reclaimed space: 0B\n');
  });

  it('-a removes every image without a container, honouring label filters', () => {
    const d = dockerSession();
    d.setup('docker pull -q alpine', 'docker pull -q busybox', 'docker create --name keep busybox');
    const r = d.run('docker image prune -a -f --filter label!=maintainer');
    expect(r.stdout).toMatch(/^Deleted Images:\nuntagged: alpine:latest\n/);
    expect(d.run('docker images --format {{.Repository}}').stdout).toBe('busybox\n');
    expect(d.run('docker image prune -af --filter color=red').stderr).toBe("Error response from daemon: invalid filter 'color'\n");
    expect(d.run('docker image prune -af --filter until=2d --filter until=3d').stderr).toBe('Error response from daemon: more than one until filter specified\n');
  });
});
