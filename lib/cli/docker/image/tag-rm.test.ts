import { describe, expect, it } from 'vitest';
import { dockerSession } from './testing/docker-session';

describe('docker tag', () => {
  it('adds a name to the same image id', () => {
    const d = dockerSession();
    d.setup('docker pull -q nginx:1.27-alpine', 'docker tag nginx:1.27-alpine learner/web:1.0', 'docker image tag nginx:1.27-alpine learner/web:1');
    const out = d.run("docker image ls --filter reference='learner/web' --format '{{.Repository}}:{{.Tag}} {{.ID}}'").stdout.trim().split('\n');
    expect(out).toHaveLength(2);
    expect(new Set(out.map((l) => l.split(' ')[1])).size).toBe(1);
  });

  it.each([
    ['docker tag nothere x:1', 'Error response from daemon: No such image: nothere:latest'],
    ['docker tag alpine Foo', 'Error parsing reference: "Foo" is not a valid repository/tag: invalid reference format: repository name (library/Foo) must be lowercase'],
    ['docker tag Alpine foo', 'Error parsing reference: "Alpine" is not a valid repository/tag: invalid reference format: repository name (library/Alpine) must be lowercase'],
  ])('%s', (line, message) => {
    const d = dockerSession();
    d.setup('docker pull -q alpine');
    expect(d.run(line)).toEqual({ stdout: '', stderr: message + '\n', exit: 1 });
  });
});

describe('docker rmi', () => {
  it('only untags while other names remain, then deletes the image and its layers', () => {
    const d = dockerSession();
    d.setup('docker pull -q alpine', 'docker tag alpine tool:1');
    expect(d.run('docker rmi tool:1')).toEqual({ stdout: 'Untagged: tool:1\n', stderr: '', exit: 0 });
    const out = d.run('docker image rm alpine').stdout.trim().split('\n');
    expect(out[0]).toBe('Untagged: alpine:latest');
    expect(out[1]).toMatch(/^Untagged: alpine@sha256:[0-9a-f]{64}$/);
    expect(out.slice(2).every((l) => /^Deleted: sha256:[0-9a-f]{64}$/.test(l))).toBe(true);
  });

  it('refuses images used by containers unless forced, and joins errors', () => {
    const d = dockerSession();
    d.setup('docker pull -q alpine', 'docker create --name c alpine');
    const r = d.run('docker rmi alpine nothere');
    expect(r.stderr).toMatch(/^Error response from daemon: conflict: unable to remove repository reference "alpine" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\nError response from daemon: No such image: nothere:latest\n$/);
    expect(r.exit).toBe(1);
    expect(d.run('docker rmi -f alpine').stdout).toMatch(/^Untagged: alpine:latest$/m);
  });

  it('with -f, reports missing images but succeeds', () => {
    expect(dockerSession().run('docker rmi -f nothere')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nothere:latest\n', exit: 0 });
  });
});
