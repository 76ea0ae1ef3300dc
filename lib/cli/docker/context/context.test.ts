import { describe, expect, it } from 'vitest';
import { dockerSession, runCases } from '../container/testing/session';

describe('docker context', () => {
  it('lists the built-in default, creates, switches, inspects and removes contexts in ~/.docker', () => {
    const s = dockerSession([]);
    runCases(s, [
      { cmd: 'docker context ls', out: 'NAME        DESCRIPTION                               DOCKER ENDPOINT               ERROR\ndefault *   Current DOCKER_HOST based configuration   unix:///var/run/docker.sock   \n' },
      { cmd: 'docker context create remote --docker host=ssh://me@server --description "my server"', out: 'remote\n', err: 'Successfully created context "remote"\n' },
      { cmd: 'docker context create copy', out: 'copy\n', err: 'Successfully created context "copy"\n' },
      { cmd: "docker context ls --format '{{.Name}} {{.Current}} {{.DockerEndpoint}}'", out: 'default true unix:///var/run/docker.sock\ncopy false unix:///var/run/docker.sock\nremote false ssh://me@server\n' },
      { cmd: 'docker context use remote', out: 'remote\n', err: 'Current context is now "remote"\n' },
      { cmd: 'cat ~/.docker/config.json', out: '{\n\t"currentContext": "remote"\n}' },
      { cmd: 'docker context show', out: 'remote\n' },
      { cmd: 'docker --context default context show', out: 'default\n' },
      { cmd: 'docker context ls -q', out: 'default\ncopy\nremote\n' },
      { cmd: "docker context inspect -f '{{.Endpoints.docker.Host}} {{.Metadata.Description}}'", out: 'ssh://me@server my server\n' },
      { cmd: 'docker context rm remote', err: 'failed to remove context remote: context "remote" is in use, set -f flag to force remove\n', exit: 1 },
      { cmd: 'docker context rm -f remote copy', out: 'remote\ncopy\n' },
      { cmd: 'docker context show', out: 'default\n' },
    ]);
  });

  it('reports docker\'s errors for bad, reserved, duplicate and missing names', () => {
    const s = dockerSession([]);
    const meta = '/home/learner/.docker/contexts/meta/ca3704aa0b06f5954c79ee837faa152d84d6b2d42838f0637a15eda8337dbdce/meta.json';
    runCases(s, [
      { cmd: 'docker context create default', err: '"default" is a reserved context name\n', exit: 1 },
      { cmd: "docker context create 'bad!'", err: 'context name "bad!" is invalid, names are validated against regexp "^[a-zA-Z0-9][a-zA-Z0-9_.+-]+$"\n', exit: 1 },
      { cmd: 'docker context create one', out: 'one\n', err: /./ },
      { cmd: 'docker context create one', err: 'context "one" already exists\n', exit: 1 },
      { cmd: 'docker context use nope', err: `context "nope": context not found: open ${meta}: no such file or directory\n`, exit: 1 },
      { cmd: 'docker context inspect nope', out: '[]\n', err: `context "nope": context not found: open ${meta}: no such file or directory\n`, exit: 1 },
      { cmd: 'docker context use', err: 'accepts 1 arg(s), received 0\n', exit: 1 },
      { cmd: 'docker context rm default', err: 'failed to remove context default: context "default" cannot be removed\n', exit: 1 },
    ]);
    expect(s.run("docker context inspect -f '{{.Storage.MetadataPath}}' default").stdout).toBe('<IN MEMORY>\n');
  });
});
