import { describe, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

describe('docker cp', () => {
  it('copies files both ways and reports the tar stream size', () => {
    const s = dockerSession(['nginx'], { 'index.html': '<h1>Hello from the host</h1>\n' });
    runCases(s, [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker cp web:/etc/nginx/conf.d/default.conf ./default.conf', err: 'Successfully copied 3.07kB to /home/learner/default.conf\n' },
      { cmd: 'head -1 default.conf', out: 'server {\n' },
      { cmd: 'docker cp index.html web:/usr/share/nginx/html/index.html', err: 'Successfully copied 2.05kB to web:/usr/share/nginx/html/index.html\n' },
      { cmd: 'docker exec web cat /usr/share/nginx/html/index.html', out: '<h1>Hello from the host</h1>\n' },
      { cmd: 'docker cp -q web:/usr/share/nginx/html ./site && ls site | cat', out: '50x.html\nindex.html\n', err: '' },
      { cmd: 'docker cp web:/nope .', err: 'Error response from daemon: Could not find the file /nope in container web\n', exit: 1 },
      { cmd: 'docker cp a.txt b.txt', err: 'must specify at least one container source\n', exit: 1 },
      { cmd: 'docker cp web:/a web:/b', err: 'copying between containers is not supported\n', exit: 1 },
      { cmd: 'docker cp nothere:/a .', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
      { cmd: 'docker stop web >/dev/null && docker cp web:/etc/hostname - | head -c 18', out: 'DOCKERLINGS-TAR/1\n' },
    ]);
  });
});

describe('docker commit / export', () => {
  it('commits the container layer into an image the next container starts from', () => {
    runCases(dockerSession(['alpine']), [
      { cmd: 'docker run --name cow alpine sh -c "echo my notes > /root/notes.txt"', out: '' },
      { cmd: "docker commit -m 'add notes' -c 'ENV MODE=snapshot' cow cow-snapshot:1", out: /^sha256:[0-9a-f]{64}\n$/ },
      { cmd: 'docker run --rm cow-snapshot:1 sh -c \'cat /root/notes.txt; echo $MODE\'', out: 'my notes\nsnapshot\n' },
      { cmd: 'docker commit -c "BOGUS x" cow', err: "Error response from daemon: bogus is not a valid change command\n", exit: 1 },
      { cmd: 'docker commit nothere', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
    ]);
  });

  it('exports the filesystem to a file with -o', () => {
    runCases(dockerSession(['alpine']), [
      { cmd: 'docker create --name box alpine', out: ID64 },
      { cmd: 'docker export -o box.tar box && head -c 18 box.tar', out: 'DOCKERLINGS-TAR/1\n' },
      { cmd: 'docker export -o missing/box.tar box', err: 'failed to export container: open missing/box.tar: no such file or directory\n', exit: 1 },
    ]);
  });
});

describe('docker update / container prune', () => {
  it('updates limits and the restart policy', () => {
    runCases(dockerSession(['alpine']), [
      { cmd: 'docker run -d --name api --restart unless-stopped alpine sleep 1000', out: ID64 },
      { cmd: 'docker update --restart on-failure:5 --memory 512m --memory-swap 1g --cpus 1.5 api', out: 'api\n' },
      { cmd: "docker container inspect -f '{{.HostConfig.RestartPolicy.Name}}:{{.HostConfig.RestartPolicy.MaximumRetryCount}} {{.HostConfig.Memory}} {{.HostConfig.NanoCpus}}' api", out: 'on-failure:5 536870912 1500000000\n' },
      { cmd: 'docker update api', err: 'you must provide one or more flags when using this command\n', exit: 1 },
      { cmd: 'docker update --cpus 99 api', err: /^Error response from daemon: Cannot update container [0-9a-f]{64}: range of CPUs is from 0\.01 to \d+\.00, as there are only \d+ CPUs available\n$/, exit: 1 },
      { cmd: 'docker update --restart always:3 api', err: /^Error response from daemon: Cannot update container [0-9a-f]{64}: invalid restart policy: maximum retry count can only be used with 'on-failure'\n$/, exit: 1 },
      { cmd: 'docker update --restart :1 api', err: 'invalid restart policy format: no policy provided before colon\n', exit: 1 },
    ]);
  });

  it('asks before pruning; -f prunes stopped containers and reports the space', () => {
    runCases(dockerSession(['alpine']), [
      { cmd: 'docker run --name old alpine sh -c "echo data > /f"', out: '' },
      { cmd: 'docker run -d --name live alpine sleep 1000', out: ID64 },
      { cmd: 'docker container prune', out: 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ' },
      // Enter alone (an empty answer) is No.
      { cmd: '', out: '' },
      { cmd: "docker ps -aq | wc -l", out: '2\n' },
      { cmd: 'docker container prune < /dev/null', out: 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] \n' },
      { cmd: "docker ps -aq | wc -l", out: '2\n' },
      { cmd: 'echo y | docker container prune', out: /^WARNING! This will remove all stopped containers\.\nAre you sure you want to continue\? \[y\/N\] Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 5B\n$/ },
      { cmd: 'docker container prune -f', out: 'Total reclaimed space: 0B\n' },
      { cmd: 'docker container prune -f --filter foo=bar', err: "Error response from daemon: invalid filter 'foo'\n", exit: 1 },
      { cmd: 'docker container prune -f --filter until=24h', out: 'Total reclaimed space: 0B\n' },
    ]);
  });
});
