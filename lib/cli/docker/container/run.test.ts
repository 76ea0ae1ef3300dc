import { describe, expect, it } from 'vitest';
import { hostOf } from '../../../sim/index';
import { dockerSession, ID64, runCases } from './testing/session';

const HELP = "\n\nRun 'docker run --help' for more information\n";

describe('docker run', () => {
  it('runs a command attached, keeps the stopped container, passes its exit status', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run --name once alpine echo hi', out: 'hi\n', err: '' },
      { cmd: "docker ps -a --format '{{.Names}} {{.Status}}'", out: 'once Exited (0) Less than a second ago\n' },
      { cmd: "docker run alpine sh -c 'echo out; echo err >&2; exit 3'", out: 'out\n', err: 'err\n', exit: 3 },
      { cmd: 'docker run --rm alpine true', out: '' },
      { cmd: 'docker ps -aq | wc -l', out: '2\n' },
    ]);
  });

  it('detaches with -d and prints the full id; publishes ports', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker run -d --name api -p 9090:80 nginx', out: ID64, err: '' },
      { cmd: "docker ps --format '{{.Names}} {{.Ports}}'", out: 'api 0.0.0.0:9090->80/tcp, [::]:9090->80/tcp\n' },
      { cmd: 'docker run -d -P --name any nginx', out: ID64 },
      { cmd: "docker port any 80 | head -1", out: /^0\.0\.0\.0:\d{5}\n$/ },
    ]);
  });

  it('pulls a missing image first, with docker progress on stderr', () => {
    const s = dockerSession([]);
    const r = s.run('docker run --rm busybox echo ok');
    expect(r.stdout).toBe('ok\n');
    expect(r.stderr).toMatch(/^Unable to find image 'busybox:latest' locally\nlatest: Pulling from library\/busybox\n/);
    expect(r.stderr).toMatch(/Pull complete\nDigest: sha256:[0-9a-f]{64}\nStatus: Downloaded newer image for busybox:latest\n$/);
    expect(s.run('docker run --rm --pull never redis').stderr).toBe('docker: Error response from daemon: No such image: redis:latest' + HELP);
    expect(s.run('docker run --rm -q alpine echo quiet')).toMatchObject({ stdout: 'quiet\n', stderr: '' });
  });

  it('reports daemon and client errors with exit 125 and the --help hint', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      {
        cmd: 'docker run --name web nginx',
        err: new RegExp(`^docker: Error response from daemon: Conflict\\. The container name "/web" is already in use by container "[0-9a-f]{64}"\\. You have to remove \\(or rename\\) that container to be able to reuse that name\\.${HELP}$`),
        exit: 125,
      },
      { cmd: 'docker run nosuchimage', err: "Unable to find image 'nosuchimage:latest' locally\ndocker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied" + HELP, exit: 125 },
      { cmd: 'docker run UPPER', err: 'docker: invalid reference format: repository name (library/UPPER) must be lowercase' + HELP, exit: 125 },
      { cmd: 'docker run --rm --restart always alpine', err: 'docker: conflicting options: cannot specify both --restart and --rm' + HELP, exit: 125 },
      { cmd: 'docker run --restart bogus alpine', err: "docker: Error response from daemon: invalid restart policy: unknown policy 'bogus'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'" + HELP, exit: 125 },
      { cmd: 'docker run --restart :3 alpine', err: 'docker: invalid restart policy format: no policy provided before colon' + HELP, exit: 125 },
      { cmd: 'docker run -p 99999:80 alpine', err: 'docker: invalid hostPort: 99999' + HELP, exit: 125 },
      { cmd: 'docker run -p 80/xyz alpine', err: 'docker: invalid proto: xyz' + HELP, exit: 125 },
      { cmd: 'docker run --expose 80:80 alpine', err: 'docker: invalid port format for --expose: 80:80' + HELP, exit: 125 },
      { cmd: 'docker run --pull sometimes alpine', err: `docker: invalid pull option: 'sometimes': must be one of "always", "missing" or "never"` + HELP, exit: 125 },
      { cmd: "docker run --name 'a b' alpine", err: 'docker: Error response from daemon: Invalid container name (a b), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed' + HELP, exit: 125 },
      { cmd: 'docker run --no-healthcheck --health-cmd true alpine', err: 'docker: --no-healthcheck conflicts with --health-* options' + HELP, exit: 125 },
      { cmd: 'docker run -m 1m alpine', err: 'docker: Error response from daemon: Minimum memory limit allowed is 6MB' + HELP, exit: 125 },
      { cmd: 'docker run --mount type=bind,source=/nope,target=/x alpine', err: 'docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /nope' + HELP, exit: 125 },
      { cmd: 'docker run --mount type=tmpfs alpine', err: `invalid argument "type=tmpfs" for "--mount" flag: target is required\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n`, exit: 125 },
      { cmd: 'docker run --ulimit nofile alpine', err: /^invalid argument "nofile" for "--ulimit" flag: invalid ulimit argument: nofile\n/, exit: 125 },
      { cmd: 'docker run --network-alias db alpine', err: 'docker: network-scoped aliases are only supported for user-defined networks' + HELP, exit: 125 },
      { cmd: 'docker run -d -a stdout alpine', err: 'conflicting options: cannot specify both --attach and --detach\n', exit: 1 },
      { cmd: 'echo hi | docker run -it alpine cat', err: 'the input device is not a TTY\n', exit: 1 },
      { cmd: 'echo hi | docker run -i alpine cat', out: 'hi\n' },
      { cmd: 'docker run', err: "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n", exit: 1 },
    ]);
  });

  it('fails to start with the OCI runtime error: 127 for a missing program, 126 when not executable', () => {
    const s = dockerSession();
    const prefix = 'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';
    runCases(s, [
      { cmd: 'docker run --name nope alpine nope', err: prefix + 'exec: "nope": executable file not found in $PATH: unknown' + HELP, exit: 127 },
      { cmd: 'docker run alpine /etc/hosts', err: prefix + 'exec: "/etc/hosts": permission denied: unknown' + HELP, exit: 126 },
      { cmd: "docker ps -a --filter name=nope --format '{{.Status}}'", out: 'Created\n' },
    ]);
  });

  it('leaves the container Created when the host port is taken', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name a -p 8080:80 nginx', out: ID64 },
      { cmd: 'docker run -d --name b -p 8080:80 nginx', out: ID64, err: /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint b \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n/, exit: 125 },
      { cmd: "docker ps -a --filter name=b --format '{{.Status}}'", out: 'Created\n' },
    ]);
  });

  it('builds the container config from options (env, env-file, workdir, user, entrypoint, labels, hostname)', () => {
    const s = dockerSession(['alpine'], { 'app.env': '# comment\nA=1\nB=two words\n' });
    runCases(s, [
      { cmd: "docker run --rm -e X=1 -e Y --env-file app.env alpine sh -c 'echo $X-$Y-$A-$B'", out: '1--1-two words\n' },
      { cmd: "Y=from-shell docker run --rm -e Y alpine sh -c 'echo $Y'", out: 'from-shell\n' },
      { cmd: 'docker run --rm -w /tmp alpine pwd', out: '/tmp\n' },
      { cmd: 'docker run --rm -u nobody alpine whoami', out: 'nobody\n' },
      { cmd: 'docker run --rm --entrypoint echo alpine from entrypoint', out: 'from entrypoint\n' },
      { cmd: 'docker run --rm -h box alpine hostname', out: 'box\n' },
      { cmd: 'docker run --env-file missing.env alpine', err: 'docker: open missing.env: no such file or directory' + HELP, exit: 125 },
      { cmd: 'docker create --name lab -l tier=web -l team=a alpine', out: ID64 },
      { cmd: "docker ps -a --filter label=tier=web --format '{{.Names}} {{.Labels}}'", out: 'lab team=a,tier=web\n' },
    ]);
  });

  it('gives -it a nested shell on the container; exit stops it (and --rm removes it)', () => {
    const s = dockerSession();
    expect(s.run('docker run -it --name box alpine sh').stdout).toBe('');
    expect(s.prompt()).toBe('/ # ');
    expect(s.run('echo $HOSTNAME; cat /etc/alpine-release').stdout).toMatch(/^[0-9a-f]{12}\n3\.\d+\.\d+\n$/);
    expect(s.run("docker ps --format '{{.Names}}'").exitCode).toBe(127);
    s.run('exit 4');
    expect(s.prompt()).toBe('learner@dockerlings:~$ ');
    expect(s.run("docker ps -a --format '{{.Names}} {{.Status}}'").stdout).toBe('box Exited (4) Less than a second ago\n');
    s.run('docker run -it --rm alpine sh');
    s.run('exit');
    expect(s.run('docker ps -aq | wc -l').stdout).toBe('1\n');
  });

  it('attaches to a service until Ctrl+C, which stops it with SIGINT', () => {
    const s = dockerSession();
    const r = s.run('docker run --name web nginx');
    expect(r.stdout).toMatch(/Configuration complete; ready for start up\n$/);
    expect(r.stderr).toMatch(/start worker processes\n/);
    expect(s.prompt()).toBe('');
    const c = s.interrupt();
    expect(c.stdout).toMatch(/^\^C\n.*signal 2 \(SIGINT\) received, exiting\n[\s\S]*\[notice\] 1#1: exit\n$/);
    expect(c.exitCode).toBe(0);
    expect(s.run("docker ps -a --format '{{.Status}}'").stdout).toBe('Exited (0) Less than a second ago\n');
  });

  it('lets simulated time run for commands that take time', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker run --name nap alpine sleep 5', out: '' },
      { cmd: 'date +%T', out: '09:00:05\n' },
      { cmd: "docker run -d --name loop alpine sh -c 'while true; do echo tick; sleep 1; done'", out: ID64 },
      { cmd: 'sleep 3; docker logs loop | wc -l', out: '4\n' },
    ]);
  });

  it('writes --cidfile and refuses an existing one; GPUs are refused at start', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker run -d --cidfile id.txt alpine sleep 100', out: ID64 },
      { cmd: 'wc -c < id.txt', out: '64\n' },
      { cmd: 'docker run --cidfile id.txt alpine true', err: 'docker: container ID file found, make sure the other container isn\'t running or delete id.txt' + HELP, exit: 125 },
      { cmd: 'docker run --gpus all alpine true', err: 'docker: Error response from daemon: could not select device driver "" with capabilities: [[gpu]]' + HELP, exit: 125 },
    ]);
    expect(Object.keys(hostOf(s.engine).containers)).toHaveLength(2);
  });
});
