import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

describe('docker container inspect', () => {
  it('prints the API JSON as an indented array, templates with -f, and errors per missing object', () => {
    const s = dockerSession();
    runCases(s, [{ cmd: 'docker run -d --name web -p 8080:80 -e A=1 nginx', out: ID64 }]);
    const json = JSON.parse(s.run('docker container inspect web').stdout) as Array<Record<string, unknown>>;
    expect(json).toHaveLength(1);
    expect(Object.keys(json[0]!).slice(0, 6)).toEqual(['Id', 'Created', 'Path', 'Args', 'State', 'Image']);
    expect(json[0]!['Name']).toBe('/web');
    expect(s.run('docker container inspect web').stdout).toMatch(/^\[\n    \{\n        "Id": "[0-9a-f]{64}",\n/);
    runCases(s, [
      { cmd: "docker container inspect -f '{{.State.Status}} {{.Config.Image}} {{.HostConfig.NetworkMode}}' web", out: 'running nginx bridge\n' },
      { cmd: "docker container inspect --format '{{.NetworkSettings.Networks.bridge.IPAddress}}' web", out: '172.17.0.2\n' },
      { cmd: "docker container inspect --format '{{(index (index .NetworkSettings.Ports \"80/tcp\") 0).HostPort}}' web", out: '8080\n' },
      { cmd: "docker container inspect --format '{{json .Config.Env}}' web", out: /^\["A=1","PATH=/ },
      { cmd: "docker container inspect -f '{{.Name}}' web nothere", out: '/web\n', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
      { cmd: 'docker container inspect nothere', out: '[]\n', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
      { cmd: "docker container inspect -f '{{.Nope}}' web", err: /^template parsing error: template: :1:2: executing "" at <\.Nope>: map has no entry for key "Nope"\n$/, exit: 1 },
      { cmd: "docker container inspect -f '{{' web", err: /^template parsing error: template: :1: unclosed action\n$/, exit: 64 },
      { cmd: "docker container inspect -s -f '{{.SizeRw}}' web", out: /^\d+\n$/ },
      // Go sets (map[string]struct{}) print their empty struct values as {}.
      { cmd: "docker container inspect -f '{{.Config.ExposedPorts}} {{json .Config.ExposedPorts}}' web", out: 'map[80/tcp:{}] {"80/tcp":{}}\n' },
      { cmd: "docker image inspect -f '{{.Config.ExposedPorts}}' nginx", out: 'map[80/tcp:{}]\n' },
    ]);
  });
});

describe('docker port / top / stats / diff', () => {
  it('lists published ports, all or one, with the client errors', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name web -p 8080:80 -p 127.0.0.1:8443:443 nginx', out: ID64 },
      { cmd: 'docker port web', out: '80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n443/tcp -> 127.0.0.1:8443\n' },
      { cmd: 'docker port web 443/tcp', out: '127.0.0.1:8443\n' },
      { cmd: 'docker port web 81', err: "Error: No public port '81' published for web\n", exit: 1 },
      { cmd: 'docker port web abc', err: 'Error: invalid port (abc): strconv.ParseUint: parsing "abc": invalid syntax\n', exit: 1 },
      { cmd: 'docker port nothere', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
    ]);
  });

  it('shows host processes with docker top, refusing stopped containers', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name web nginx', out: ID64 },
      { cmd: 'docker top web | head -2', out: /^UID {17}PID {17}PPID {16}C {19}STIME {15}TTY {17}TIME {16}CMD\nroot {16}\d+ {16}\d+ {16}0 {19}09:00 {15}\? {19}00:00:00 {12}nginx: master process nginx -g daemon off;\n$/ },
      { cmd: 'docker top web | wc -l', out: '6\n' },
      { cmd: 'docker top web aux | head -1', out: /^USER +PID +%CPU +%MEM +VSZ +RSS +TTY +STAT +START +TIME +COMMAND\n$/ },
      { cmd: 'docker stop web >/dev/null; docker top web', err: /^Error response from daemon: container [0-9a-f]{64} is not running\n$/, exit: 1 },
    ]);
  });

  it('prints one stats sample with --no-stream, in docker columns or a template', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker run -d --name capped --memory 256m alpine sleep 1000', out: ID64 },
      { cmd: 'docker stats --no-stream', out: /^CONTAINER ID   NAME      CPU %     MEM USAGE \/ LIMIT   MEM %     NET I\/O         BLOCK I\/O    PIDS\n[0-9a-f]{12}   capped    0\.00%     [\d.]+KiB \/ 256MiB   [\d.]+%     1\.05kB \/ 126B   \S+ \/ 0B   1\n$/ },
      { cmd: "docker stats --no-stream --format '{{.Name}}: {{.MemUsage}}' capped", out: /^capped: [\d.]+KiB \/ 256MiB\n$/ },
      { cmd: "docker stats --no-stream --format 'table {{.Container}}\\t{{.PIDs}}' capped", out: 'CONTAINER   PIDS\ncapped      1\n' },
      { cmd: 'docker stats --no-stream nothere', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
      { cmd: 'docker run --name done alpine true; docker stats --no-stream -a --format "{{.Name}} {{.CPUPerc}} {{.MemUsage}}"', out: /^capped 0\.00% [\d.]+KiB \/ 256MiB\ndone 0\.00% 0B \/ 0B\n$/ },
    ]);
    const streaming = s.run('docker stats capped');
    expect(streaming.stdout.startsWith('\x1b[H')).toBe(true);
    expect(streaming.stdout.endsWith(' \x1b[K\n\x1b[J')).toBe(true);
    expect(s.prompt()).toBe('');
    expect(s.interrupt().exitCode).toBe(130);
  });

  it('lists filesystem changes with docker diff', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name cow alpine sleep 1000', out: ID64 },
      { cmd: "docker exec cow sh -c 'echo notes > /root/notes.txt; echo x >> /etc/motd; rm /etc/os-release'", out: '' },
      { cmd: 'docker diff cow', out: 'C /etc\nC /etc/motd\nD /etc/os-release\nC /root\nA /root/notes.txt\n' },
      { cmd: 'docker diff nothere', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
    ]);
  });
});
