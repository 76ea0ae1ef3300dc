/** buildx's builder management (create, use, inspect, ls, stop, rm) and the listed-only commands. */
import { describe, expect, it } from 'vitest';
import { buildSession } from './testing/session';

const session = () => buildSession(['alpine'], {}).session;

describe('docker buildx --help', () => {
  it('lists every buildx v0.24 command, history and imagetools as management commands', () => {
    const help = session().run('docker buildx --help').stdout;
    expect(help).toContain('Management Commands:\n  history     Commands to work on build records\n  imagetools  Commands to work on images in registry\n\nCommands:\n');
    const names = help.split('\nCommands:\n')[1]!.split('\n\n')[0]!.split('\n').map((l) => l.trim().split(/\s+/)[0]);
    expect(names).toEqual(['bake', 'build', 'create', 'du', 'inspect', 'ls', 'prune', 'rm', 'stop', 'use', 'version']);
  });
});

describe('builder instances', () => {
  it('inspect shows the default docker-driver builder', () => {
    expect(session().run('docker buildx inspect').stdout).toBe(
      'Name:   default\nDriver: docker\n\nNodes:\nName:             default\nEndpoint:         default\nStatus:           running\n' +
        'BuildKit version: v0.22.0\nPlatforms:        linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/386\nLabels:\n' +
        ' org.mobyproject.buildkit.worker.moby.host-gateway-ip: 172.17.0.1\n',
    );
  });

  it('create --name x --use stores an inactive docker-container builder and makes it current', () => {
    const s = session();
    expect(s.run('docker buildx create --name mybuilder --use')).toMatchObject({ stdout: 'mybuilder\n', exitCode: 0 });
    expect(s.run('docker buildx ls').stdout.split('\n')).toEqual([
      'NAME/NODE        DRIVER/ENDPOINT                   STATUS     BUILDKIT   PLATFORMS',
      'mybuilder*       docker-container                                        ',
      ' \\_ mybuilder0    \\_ unix:///var/run/docker.sock   inactive              ',
      'default          docker                                                  ',
      ' \\_ default       \\_ default                       running    v0.22.0    linux/amd64 (+3), linux/386',
      '',
    ]);
    const inspect = s.run('docker buildx inspect').stdout;
    expect(inspect).toMatch(/^Name:          mybuilder\nDriver:        docker-container\nLast Activity: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? \+0000 UTC\n\nNodes:\n/);
    expect(inspect).toMatch(/\nName:     mybuilder0\nEndpoint: unix:\/\/\/var\/run\/docker\.sock\nStatus:   inactive\n$/);
    expect(s.run('cat ~/.docker/buildx/instances/mybuilder').stdout).toContain('"Driver":"docker-container"');
  });

  it('use switches back to default; ls moves the star', () => {
    const s = session();
    s.run('docker buildx create --name b1 --use');
    expect(s.run('docker buildx use default').exitCode).toBe(0);
    expect(s.run('docker buildx ls --format "{{.Name}}"').stdout).toBe('b1\n \\_ b10\ndefault*\n \\_ default\n');
    s.run('docker buildx use b1');
    expect(s.run('docker buildx inspect | head -1').stdout).toBe('Name:          b1\n');
  });

  it('a created builder without --name gets a generated adjective_surname name', () => {
    const s = session();
    const name = s.run('docker buildx create').stdout.trim();
    expect(name).toMatch(/^[a-z]+_[a-z]+$/);
    expect(s.run(`docker buildx inspect ${name} | head -2`).stdout).toBe(`Name:          ${name}\nDriver:        docker-container\n`);
  });

  it('errors carry buildx wording and exit 1', () => {
    const s = session();
    s.run('docker buildx create --name b1');
    const err = (line: string) => {
      const r = s.run(line);
      return { stderr: r.stderr, code: r.exitCode };
    };
    expect(err('docker buildx create --name b1')).toEqual({ stderr: 'ERROR: existing instance for "b1" but no append mode, specify the node name to make changes for existing instances\n', code: 1 });
    expect(err('docker buildx create --name default')).toEqual({ stderr: 'ERROR: default is a reserved name and cannot be used to identify builder instance\n', code: 1 });
    expect(err('docker buildx create --name 1x')).toEqual({ stderr: 'ERROR: invalid name 1x, name needs to start with a letter and may not contain symbols, except ._-\n', code: 1 });
    expect(err('docker buildx create --driver docker')).toEqual({ stderr: 'ERROR: additional instances of driver "docker" cannot be created\n', code: 1 });
    expect(err('docker buildx use nope')).toEqual({ stderr: 'ERROR: failed to find instance "nope": open /home/learner/.docker/buildx/instances/nope: no such file or directory\n', code: 1 });
    expect(err('docker buildx inspect nope')).toEqual({ stderr: 'ERROR: no builder "nope" found\n', code: 1 });
    expect(err('docker buildx stop nope')).toEqual({ stderr: 'ERROR: no builder "nope" found\n', code: 1 });
    expect(err('docker buildx inspect a b').stderr).toBe("ERROR: docker: 'docker buildx inspect' requires at most 1 argument\n\nUsage:  docker buildx inspect [NAME]\n\nSRun 'docker buildx inspect --help' for more information\n");
  });

  it('rm removes stored builders (on stderr), refuses the default one, and stop succeeds quietly', () => {
    const s = session();
    s.run('docker buildx create --name b1 --use');
    expect(s.run('docker buildx stop')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(s.run('docker buildx rm b1')).toMatchObject({ stdout: '', stderr: 'b1 removed\n', exitCode: 0 });
    expect(s.run('docker buildx ls --format "{{.Name}}"').stdout).toBe('default*\n \\_ default\n');
    expect(s.run('docker buildx rm default')).toMatchObject({
      stderr: 'failed to remove default: context builder cannot be removed, run `docker context rm default` to remove this context\nERROR: failed to remove one or more builders\n',
      exitCode: 1,
    });
    s.run('docker buildx create --name b2; docker buildx create --name b3');
    expect(s.run('echo y | docker buildx rm --all-inactive').stderr).toBe('b2 removed\nb3 removed\n');
    expect(s.run('docker buildx rm --all-inactive b1').stderr).toBe('ERROR: cannot specify builder name when --all-inactive is set\n');
  });
});

describe('commands listed but not simulated', () => {
  it('bake without a definition fails as buildx does; with one it says it is not simulated', () => {
    const s = session();
    expect(s.run('docker buildx bake')).toMatchObject({ stderr: "ERROR: couldn't find a bake definition\n", exitCode: 1 });
    s.run('touch docker-bake.hcl');
    const r = s.run('docker buildx bake');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^'docker buildx bake' is not simulated/);
  });

  it('history and imagetools are groups whose leaves do not pretend to succeed', () => {
    const s = session();
    expect(s.run('docker buildx history').stderr).toContain('\nCommands:\n  export ');
    expect(s.run('docker buildx history ls').exitCode).toBe(1);
    expect(s.run('docker buildx imagetools inspect alpine')).toMatchObject({ stdout: '', exitCode: 1 });
  });
});
