import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

const status = (name: string) => ({ cmd: `docker ps -a --filter name=^${name}$ --format '{{.Status}}'` });

describe('docker create / start', () => {
  it('creates without starting, then starts and attaches on request', () => {
    runCases(dockerSession(), [
      { cmd: 'docker create --name life nginx', out: ID64 },
      { ...status('life'), out: 'Created\n' },
      { cmd: 'docker start life', out: 'life\n' },
      { ...status('life'), out: 'Up Less than a second\n' },
      { cmd: 'docker start life', out: 'life\n' },
      { cmd: 'docker create --name greet alpine echo hello', out: ID64 },
      { cmd: 'docker start -a greet', out: 'hello\n' },
      { cmd: "docker create --name fail alpine sh -c 'exit 2'", out: ID64 },
      { cmd: 'docker start -a fail', out: '', exit: 2 },
      { cmd: 'docker start -a greet fail', err: 'you cannot start and attach multiple containers at once\n', exit: 1 },
      { cmd: 'docker start greet nothere', out: 'greet\n', err: 'Error response from daemon: No such container: nothere\nError: failed to start containers: nothere\n', exit: 1 },
      { cmd: 'docker create --pull never --name x redis', err: 'Error response from daemon: No such image: redis:latest\n', exit: 1 },
      { cmd: 'docker create -p bad alpine', err: "docker: invalid containerPort: bad\n\nRun 'docker create --help' for more information\n", exit: 125 },
    ]);
  });

  it('opens the shell of an -it container with start -ai', () => {
    const s = dockerSession();
    runCases(s, [{ cmd: 'docker create -it --name box alpine sh', out: ID64 }, { cmd: 'docker start -ai box', out: '' }]);
    expect(s.prompt()).toBe('/ # ');
    s.run('exit');
    runCases(s, [{ ...status('box'), out: 'Exited (0) Less than a second ago\n' }]);
  });
});

describe('docker stop / kill / restart / pause / unpause', () => {
  it('stops with the image stop signal and prints the names', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker stop web', out: 'web\n' },
      { ...status('web'), out: 'Exited (0) Less than a second ago\n' },
      { cmd: 'docker stop web', out: 'web\n' },
      { cmd: 'docker stop nothere', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
      { cmd: 'docker stop web nothere other', out: 'web\n', err: 'Error response from daemon: No such container: nothere\nError response from daemon: No such container: other\n', exit: 1 },
      { cmd: 'docker stop -t 1 --time 2 web', err: 'conflicting options: cannot specify both --timeout and --time\n', exit: 1 },
      { cmd: 'docker stop', err: /^docker: 'docker stop' requires at least 1 argument\n/, exit: 1 },
    ]);
  });

  it('waits the timeout for a PID 1 that ignores SIGTERM, then kills it (137); --init forwards it (143)', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name sleeper alpine sleep 1000', out: ID64 },
      { cmd: 'docker stop sleeper', out: 'sleeper\n' },
      { cmd: 'date +%T', out: '09:00:10\n' },
      { cmd: "docker container inspect -f '{{.State.ExitCode}}' sleeper", out: '137\n' },
      { cmd: 'docker run -d --init --name graceful alpine sleep 1000', out: ID64 },
      { cmd: 'docker exec graceful ps', out: 'PID   USER     TIME  COMMAND\n    1 root      0:00 /sbin/docker-init -- sleep 1000\n    7 root      0:00 sleep 1000\n    8 root      0:00 ps\n' },
      { cmd: 'docker stop graceful', out: 'graceful\n' },
      { cmd: 'date +%T', out: '09:00:10\n' },
      { cmd: "docker container inspect -f '{{.State.ExitCode}}' graceful", out: '143\n' },
      { cmd: 'docker start sleeper && docker stop -t 3 sleeper', out: 'sleeper\nsleeper\n' },
      { cmd: 'date +%T', out: '09:00:13\n' },
    ]);
  });

  it('kills, restarts, pauses and unpauses with the daemon errors', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker pause web', out: 'web\n' },
      { ...status('web'), out: 'Up Less than a second (Paused)\n' },
      { cmd: 'docker pause web', err: /^Error response from daemon: Container [0-9a-f]{64} is already paused\n$/, exit: 1 },
      { cmd: 'docker exec web ls', err: /^Error response from daemon: Container [0-9a-f]{64} is paused, unpause the container before exec\n$/, exit: 1 },
      { cmd: 'docker unpause web', out: 'web\n' },
      { cmd: 'docker unpause web', err: /^Error response from daemon: Container [0-9a-f]{64} is not paused\n$/, exit: 1 },
      { cmd: 'docker kill -s HUP web', out: 'web\n' },
      { ...status('web'), out: 'Up Less than a second\n' },
      { cmd: 'docker kill -s SIGBOGUS web', err: 'Error response from daemon: Invalid signal: SIGBOGUS\n', exit: 1 },
      { cmd: 'docker kill web', out: 'web\n' },
      { ...status('web'), out: 'Exited (137) Less than a second ago\n' },
      { cmd: 'docker kill web', err: /^Error response from daemon: cannot kill container: web: container [0-9a-f]{64} is not running\n$/, exit: 1 },
      { cmd: 'docker pause web', err: /^Error response from daemon: container [0-9a-f]{64} is not running\n$/, exit: 1 },
      { cmd: 'docker restart web', out: 'web\n' },
      { ...status('web'), out: 'Up Less than a second\n' },
      { cmd: 'docker restart nothere', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
    ]);
  });
});

describe('docker rm / rename / wait', () => {
  it('removes stopped containers, refuses running ones unless -f', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker run --name done alpine true', out: '' },
      { cmd: 'docker rm web', err: 'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n', exit: 1 },
      { cmd: 'docker rm done web', out: 'done\n', exit: 1 },
      { cmd: 'docker container remove -f web', out: 'web\n' },
      { cmd: 'docker rm -f gone', err: 'Error response from daemon: No such container: gone\n', exit: 0 },
      { cmd: 'docker rm gone', err: 'Error response from daemon: No such container: gone\n', exit: 1 },
      { cmd: "docker rm ''", err: 'container name cannot be empty\n', exit: 1 },
      { cmd: 'docker ps -aq', out: '' },
      { cmd: 'docker run --name temp -v /cache alpine touch /cache/file', out: '' },
      { cmd: "docker volume ls -q 2>/dev/null | wc -l; docker rm -v temp", out: /temp\n$/ },
    ]);
  });

  it('renames and reports failures the way the client does', () => {
    runCases(dockerSession(), [
      { cmd: 'docker create --name a alpine', out: ID64 },
      { cmd: 'docker create --name b alpine', out: ID64 },
      { cmd: 'docker rename a c', out: '' },
      { cmd: "docker ps -a --format '{{.Names}}'", out: 'b\nc\n' },
      { cmd: 'docker rename c b', err: /^Error response from daemon: Conflict\. The container name "\/b" is already in use by container "[0-9a-f]{64}"\. You have to remove \(or rename\) that container to be able to reuse that name\.\nError: failed to rename container named c\n$/, exit: 1 },
      { cmd: 'docker rename nothere x', err: 'Error response from daemon: No such container: nothere\nError: failed to rename container named nothere\n', exit: 1 },
      { cmd: "docker rename c ' '", err: 'Error: Neither old nor new names may be empty\n', exit: 1 },
    ]);
  });

  it('waits for containers to stop and prints their exit codes', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: "docker run -d --name job alpine sh -c 'sleep 5; exit 4'", out: ID64 },
      { cmd: 'docker wait job', out: '4\n' },
      { cmd: 'date +%T', out: '09:00:05\n' },
      { cmd: 'docker wait job nothere', out: '4\n', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
      { cmd: 'docker run -d --name svc nginx', out: ID64 },
      { cmd: 'docker wait svc', out: '' },
    ]);
    expect(s.prompt()).toBe('');
    expect(s.interrupt().exitCode).toBe(130);
  });
});
