import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

describe('docker logs', () => {
  it('prints stdout and stderr on their own streams, with --tail, -t, --since and --until', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: "docker run --name both alpine sh -c 'echo one; echo two >&2; echo three'", out: 'one\nthree\n', err: 'two\n' },
      { cmd: 'docker logs both', out: 'one\nthree\n', err: 'two\n' },
      { cmd: "docker run --name lines alpine sh -c 'echo a; echo b; echo c' >/dev/null", out: '' },
      { cmd: 'docker logs -n 2 lines', out: 'b\nc\n' },
      { cmd: 'docker logs --tail 0 both', out: '', err: '' },
      { cmd: 'docker logs --tail all both 2>&1 | wc -l', out: '3\n' },
      { cmd: 'docker logs -t both', out: /^2026-01-15T09:00:00\.000\d{6}Z one\n2026-01-15T09:00:00\.000\d{6}Z three\n$/ },
      { cmd: 'docker logs --details both', out: ' one\n three\n' },
      { cmd: "docker run -d --name ticker alpine sh -c 'while true; do echo tick; sleep 10; done'", out: ID64 },
      { cmd: 'sleep 60; docker logs --since 25s ticker | wc -l', out: '3\n' },
      { cmd: 'docker logs --until 2026-01-15T09:00:15Z ticker | wc -l', out: '2\n' },
      { cmd: 'docker logs --since 2026-01-15T09:00:45 ticker | wc -l', out: '2\n' },
      { cmd: 'docker logs --since yesterday ticker', err: 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n', exit: 1 },
      { cmd: 'docker logs nothere', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
      { cmd: 'docker logs a b', err: /^docker: 'docker logs' requires 1 argument\n/, exit: 1 },
    ]);
  });

  it('merges the streams for TTY containers and refuses drivers that cannot be read', () => {
    runCases(dockerSession(), [
      { cmd: "docker run -t --name tty alpine sh -c 'echo out; echo err >&2'", out: 'out\nerr\n', err: '' },
      { cmd: 'docker logs tty', out: 'out\nerr\n', err: '' },
      { cmd: 'docker run -d --name quiet --log-driver none nginx', out: ID64 },
      { cmd: 'docker logs quiet', err: 'Error response from daemon: configured logging driver does not support reading\n', exit: 1 },
    ]);
  });

  it('follows a running container until Ctrl+C', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker logs -f web', out: /ready for start up\n$/ },
    ]);
    expect(s.prompt()).toBe('');
    expect(s.interrupt()).toMatchObject({ stdout: '^C\n', exitCode: 130 });
    runCases(s, [{ cmd: 'docker stop web >/dev/null; docker logs -f web 2>&1 | tail -1', out: /\[notice\] 1#1: exit\n$/ }]);
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
  });
});

describe('docker exec', () => {
  it('runs commands in a running container with -u -w -e --env-file', () => {
    const s = dockerSession(['nginx'], { 'vars.env': 'FROM_FILE=yes\n' });
    runCases(s, [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker exec web ls /usr/share/nginx/html', out: '50x.html\nindex.html\n' },
      { cmd: 'docker exec -u nginx -w /tmp web sh -c "whoami; pwd"', out: 'nginx\n/tmp\n' },
      { cmd: "docker exec -e GREETING=hi --env-file vars.env web sh -c 'echo $GREETING $FROM_FILE'", out: 'hi yes\n' },
      { cmd: "docker exec web sh -c 'exit 7'", exit: 7 },
      { cmd: 'docker exec -d web touch /tmp/marker', out: '' },
      { cmd: 'docker exec web ls /tmp/marker', out: '/tmp/marker\n' },
      { cmd: 'echo piped | docker exec -i web cat', out: 'piped\n' },
      { cmd: 'docker exec -u ghost web true', err: 'Error response from daemon: unable to find user ghost: no matching entries in passwd file\n', exit: 1 },
      { cmd: 'docker exec web', err: /^docker: 'docker exec' requires at least 2 arguments\n/, exit: 1 },
    ]);
  });

  it('prints the OCI runtime error for a missing or non-executable program (127 / 126)', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name box alpine sleep 1000', out: ID64 },
      { cmd: 'docker exec -it box bash', out: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown\r\n', exit: 127 },
      { cmd: 'docker exec box /etc/hosts', out: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "/etc/hosts": permission denied: unknown\r\n', exit: 126 },
      { cmd: 'docker exec -w /nowhere box pwd', out: /chdir to cwd \("\/nowhere"\) set in config\.json failed: no such file or directory: unknown\r\n$/, exit: 126 },
    ]);
  });

  it('refuses stopped and unknown containers', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name w nginx', out: ID64 },
      { cmd: 'docker stop w', out: 'w\n' },
      { cmd: 'docker exec w ls', err: /^Error response from daemon: container [0-9a-f]{64} is not running\n$/, exit: 1 },
      { cmd: 'docker exec nothere ls', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
    ]);
  });

  it('opens a nested shell with -it; leaving it keeps the container running', () => {
    const s = dockerSession();
    runCases(s, [{ cmd: 'docker run -d --name web nginx', out: ID64 }, { cmd: 'docker exec -it web bash', out: '' }]);
    expect(s.prompt()).toMatch(/^root@[0-9a-f]{12}:\/# $/);
    expect(s.run('cat /etc/nginx/conf.d/default.conf | head -1').stdout).toBe('server {\n');
    s.run('exit');
    runCases(s, [{ cmd: "docker ps --format '{{.Names}} {{.State}}'", out: 'web running\n' }]);
  });
});

describe('docker attach', () => {
  it('attaches to a running container and refuses stopped ones', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker run -dit --name shell alpine sh', out: ID64 },
      { cmd: 'docker attach shell', out: '' },
    ]);
    expect(s.prompt()).toBe('/ # ');
    s.run('exit 0');
    runCases(s, [
      { cmd: 'docker attach shell', err: 'You cannot attach to a stopped container, start it first\n', exit: 1 },
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker attach web', out: '' },
    ]);
    expect(s.interrupt().stdout).toMatch(/^\^C\n.*signal 2 \(SIGINT\) received, exiting\n/);
  });
});
