import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from '../container/testing/session';

describe('docker volume create / ls / inspect', () => {
  it('creates named volumes, lists them in name order, inspects them', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker volume ls', out: 'DRIVER    VOLUME NAME\n' },
      { cmd: 'docker volume create notes-data', out: 'notes-data\n' },
      { cmd: 'docker volume create --label team=web app10', out: 'app10\n' },
      { cmd: 'docker volume create app9', out: 'app9\n' },
      { cmd: 'docker volume ls', out: 'DRIVER    VOLUME NAME\nlocal     app9\nlocal     app10\nlocal     notes-data\n' },
      { cmd: 'docker volume ls -q --filter label=team', out: 'app10\n' },
      { cmd: 'docker volume ls --format "{{.Name}}: {{.Mountpoint}} {{.Labels}} {{.Scope}} {{.Links}}"', out: 'app9: /var/lib/docker/volumes/app9/_data  local N/A\napp10: /var/lib/docker/volumes/app10/_data team=web local N/A\nnotes-data: /var/lib/docker/volumes/notes-data/_data  local N/A\n' },
      { cmd: 'docker volume ls --filter bogus=1', err: "Error response from daemon: invalid filter 'bogus'\n", exit: 1 },
      { cmd: "docker volume inspect --format '{{.Mountpoint}}' notes-data", out: '/var/lib/docker/volumes/notes-data/_data\n' },
      { cmd: 'docker volume inspect notes-data', out: '[\n    {\n        "CreatedAt": "2026-01-15T09:00:00Z",\n        "Driver": "local",\n        "Labels": null,\n        "Mountpoint": "/var/lib/docker/volumes/notes-data/_data",\n        "Name": "notes-data",\n        "Options": null,\n        "Scope": "local"\n    }\n]\n' },
      { cmd: 'docker volume inspect nothere', out: '[]\n', err: 'Error response from daemon: get nothere: no such volume\n', exit: 1 },
      { cmd: 'docker volume create notes-data', out: 'notes-data\n' },
      { cmd: 'docker volume create --name foo bar', err: 'conflicting options: cannot specify a volume-name through both --name and as a positional arg\n', exit: 1 },
      { cmd: 'docker volume create a/b', err: /^Error response from daemon: create a\/b: "a\/b" includes invalid characters for a local volume name/, exit: 1 },
      { cmd: 'docker volume create one two', err: /^docker: 'docker volume create' requires at most 1 argument/, exit: 1 },
    ]);
  });

  it('keeps driver options (nfs) as given', () => {
    runCases(dockerSession(), [
      { cmd: 'docker volume create --driver local --opt type=nfs --opt o=addr=192.168.1.50,rw,nfsvers=4 --opt device=:/exports/shared nfs-shared', out: 'nfs-shared\n' },
      { cmd: "docker volume inspect --format '{{.Driver}} {{json .Options}}' nfs-shared", out: 'local {"device":":/exports/shared","o":"addr=192.168.1.50,rw,nfsvers=4","type":"nfs"}\n' },
    ]);
  });

  it('creates a random name without one; the data outlives containers', () => {
    const s = dockerSession();
    expect(s.run('docker volume create').stdout).toMatch(ID64);
    runCases(s, [
      { cmd: 'docker volume create notes', out: 'notes\n' },
      { cmd: `docker run --rm -v notes:/data alpine sh -c 'echo "first note" >> /data/notes.txt'`, out: '' },
      { cmd: `docker run --rm -v notes:/data alpine sh -c 'echo "second note" >> /data/notes.txt'`, out: '' },
      { cmd: 'docker run --rm -v notes:/data alpine cat /data/notes.txt', out: 'first note\nsecond note\n' },
    ]);
  });
});

describe('docker volume rm / prune', () => {
  it('refuses volumes in use and unknown names, removing the rest', () => {
    runCases(dockerSession(), [
      { cmd: 'docker volume create a1', out: 'a1\n' },
      { cmd: 'docker run -d --name writer -v shared:/shared alpine sleep 1000', out: ID64 },
      { cmd: 'docker volume rm shared', err: /^Error response from daemon: remove shared: volume is in use - \[[0-9a-f]{64}\]\n$/, exit: 1 },
      { cmd: 'docker volume rm a1 nothere', out: 'a1\n', err: 'Error response from daemon: get nothere: no such volume\n', exit: 1 },
      { cmd: 'docker volume rm -f nothere', out: 'nothere\n' },
      { cmd: 'docker volume rm', err: /^docker: 'docker volume rm' requires at least 1 argument/, exit: 1 },
    ]);
  });

  it('prunes anonymous volumes only, unless --all', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker volume create named', out: 'named\n' },
      { cmd: 'docker run --name temp -v /cache alpine touch /cache/file', out: '' },
      { cmd: 'docker volume prune -f', out: 'Total reclaimed space: 0B\n' },
      { cmd: 'docker rm temp', out: 'temp\n' },
      { cmd: 'docker volume prune < /dev/null', out: 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] \n' },
      { cmd: 'echo y | docker volume prune', out: /^WARNING! This will remove anonymous local volumes not used by at least one container\.\nAre you sure you want to continue\? \[y\/N\] Deleted Volumes:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/ },
      { cmd: 'docker volume ls -q', out: 'named\n' },
      { cmd: 'echo y | docker volume prune -a', out: 'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] Deleted Volumes:\nnamed\n\nTotal reclaimed space: 0B\n' },
      { cmd: 'docker volume prune -f --filter until=1h', err: "Error response from daemon: invalid filter 'until'\n", exit: 1 },
      { cmd: 'docker volume prune -a -f --filter all=1', err: 'conflicting options: cannot specify both --all and --filter all=1\n', exit: 1 },
    ]);
  });

  it('reports the space a pruned volume held', () => {
    runCases(dockerSession(), [
      { cmd: 'docker volume create big', out: 'big\n' },
      { cmd: `docker run --rm -v big:/d alpine sh -c 'printf "%02000d" 0 > /d/f'`, out: '' },
      { cmd: 'docker volume prune -af', out: 'Deleted Volumes:\nbig\n\nTotal reclaimed space: 2kB\n' },
    ]);
  });
});
