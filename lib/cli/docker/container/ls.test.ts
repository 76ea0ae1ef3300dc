import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

const EMPTY = 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n';

function threeContainers() {
  const s = dockerSession();
  runCases(s, [
    { cmd: 'docker run --name first -l env=prod alpine echo hi', out: 'hi\n' },
    { cmd: 'sleep 60', out: '' },
    { cmd: 'docker run -d --name web -p 8080:80 -l env=dev nginx', out: ID64 },
    { cmd: 'sleep 2', out: '' },
    { cmd: 'docker create --name fresh alpine', out: ID64 },
  ]);
  return s;
}

describe('docker ps / docker container ls', () => {
  it('prints the header alone when nothing runs', () => {
    runCases(dockerSession(), [
      { cmd: 'docker ps', out: EMPTY },
      { cmd: 'docker container ls -a', out: EMPTY },
      { cmd: 'docker container list -q', out: '' },
    ]);
  });

  it('lists running containers in docker columns, -a adds the others, newest first', () => {
    const s = threeContainers();
    const ps = s.run('docker ps').stdout.split('\n');
    expect(ps[0]).toBe('CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                     NAMES');
    expect(ps[1]).toMatch(/^[0-9a-f]{12}   nginx     "\/docker-entrypoint\.…"   2 seconds ago   Up 2 seconds   0\.0\.0\.0:8080->80\/tcp, \[::\]:8080->80\/tcp   web$/);
    expect(ps).toHaveLength(3);
    const all = s.run('docker ps -a').stdout;
    expect(all.split('\n').map((l) => l.split(/\s{2,}/).pop())).toEqual(['NAMES', 'fresh', 'web', 'first', '']);
    expect(all).toMatch(/"echo hi"\s+About a minute ago\s+Exited \(0\) About a minute ago\s+first/);
    expect(all).toMatch(/"\/bin\/sh"\s+Less than a second ago\s+Created\s+fresh/);
  });

  it('supports -q, -n, -l, --no-trunc and --format', () => {
    runCases(threeContainers(), [
      { cmd: 'docker ps -q', out: /^[0-9a-f]{12}\n$/ },
      { cmd: 'docker ps -aq | wc -l', out: '3\n' },
      { cmd: "docker ps -n 2 --format '{{.Names}}'", out: 'fresh\nweb\n' },
      { cmd: "docker ps -l --format '{{.Names}} {{.State}}'", out: 'fresh created\n' },
      { cmd: "docker ps --no-trunc --format '{{.ID}} {{.Command}}'", out: /^[0-9a-f]{64} "\/docker-entrypoint\.sh nginx -g 'daemon off;'"\n$/ },
      { cmd: "docker ps -a --format 'table {{.Names}}\\t{{.Image}}'", out: 'NAMES     IMAGE\nfresh     alpine\nweb       nginx\nfirst     alpine\n' },
      { cmd: "docker ps --format '{{.Label \"env\"}} {{.Networks}} {{.RunningFor}}'", out: 'dev bridge 2 seconds ago\n' },
      { cmd: "docker ps --format json | head -c 12", out: '{"Command":"' },
      { cmd: "docker ps -q --format '{{.Names}}'", out: /^[0-9a-f]{12}\n$/, err: 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n' },
    ]);
  });

  it('filters with the daemon keys and rejects unknown ones', () => {
    runCases(threeContainers(), [
      { cmd: "docker ps -a --filter status=exited --format '{{.Names}}'", out: 'first\n' },
      { cmd: "docker ps -a -f status=created --format '{{.Names}}'", out: 'fresh\n' },
      { cmd: "docker ps -a --filter name=^f --format '{{.Names}}'", out: 'fresh\nfirst\n' },
      { cmd: "docker ps -a --filter label=env --format '{{.Names}}'", out: 'web\nfirst\n' },
      { cmd: "docker ps -a --filter label=env=prod --format '{{.Names}}'", out: 'first\n' },
      { cmd: "docker ps -a --filter exited=0 --format '{{.Names}}'", out: 'first\n' },
      { cmd: "docker ps -a --filter ancestor=nginx --format '{{.Names}}'", out: 'web\n' },
      { cmd: "docker ps --filter publish=8080 --format '{{.Names}}'", out: 'web\n' },
      { cmd: "docker ps -a --filter before=web --format '{{.Names}}'", out: 'first\n' },
      { cmd: "docker ps -a --filter since=web --format '{{.Names}}'", out: 'fresh\n' },
      { cmd: 'docker ps --filter foo=bar', err: "Error response from daemon: invalid filter 'foo'\n", exit: 1 },
      { cmd: 'docker ps --filter status=sleeping', err: "Error response from daemon: invalid filter 'status=sleeping': invalid value for state (sleeping): must be one of created, running, paused, restarting, removing, exited, dead\n", exit: 1 },
      { cmd: 'docker ps --filter nonsense', err: /^invalid argument "nonsense" for "-f, --filter" flag: bad format of filter \(expected name=value\)\n/, exit: 125 },
    ]);
  });

  it('checks --format templates before listing, like the client', () => {
    runCases(threeContainers(), [
      { cmd: "docker ps --format '{{.Foo}}'", err: 'failed to execute template: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n', exit: 1 },
      { cmd: "docker ps --format '{{foo}}'", err: 'failed to parse template: template: :1: function "foo" not defined\n', exit: 1 },
      { cmd: "docker ps --format '{{.Foo}}'", err: /^failed to execute template: /, exit: 1 },
      { cmd: "docker ps --format '{{foo}}'", err: /^failed to parse template: /, exit: 1 },
      { cmd: 'docker ps --bogus', err: "unknown flag: --bogus\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", exit: 125 },
      { cmd: 'docker ps extra', err: "docker: 'docker ps' accepts no arguments\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", exit: 1 },
    ]);
  });

  it('prints IDs alone with -q, whatever the format, short unless --no-trunc', () => {
    const s = threeContainers();
    const ids = s.run("docker ps -a --format '{{.ID}}'").stdout;
    expect(ids).toMatch(/^([0-9a-f]{12}\n){3}$/);
    expect(s.run('docker ps -aq').stdout).toBe(ids);
    const running = s.run("docker ps --no-trunc --format '{{.ID}}'").stdout;
    expect(running).toMatch(/^[0-9a-f]{64}\n$/);
    expect(s.run('docker ps -q --no-trunc').stdout).toBe(running);
    const r = s.run("docker ps -aq --format '{{.Names}}'");
    expect([r.stdout, r.stderr]).toEqual([ids, 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n']);
  });

  it('shows sizes with -s and when the template uses .Size', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: "docker run --name w alpine sh -c 'echo 12345 > /data.txt'", out: '' },
      { cmd: "docker ps -a --format '{{.Names}} {{.Size}}'", out: /^w 6B \(virtual \d+(\.\d+)?MB\)\n$/ },
      { cmd: "docker ps -a --format '{{.Names}} {{.Size}}'", out: /^w 6B \(virtual \d+(\.\d+)?MB\)\n$/ },
      { cmd: 'docker ps -as', out: /SIZE\n.*6B \(virtual / },
    ]);
  });
});
