import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

describe('terminal awareness', () => {
  it('-it needs stdin to be the terminal; a pipe or redirect is refused as docker does', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name w alpine sleep 1000', out: ID64 },
      { cmd: 'echo hi | docker run -it alpine cat', err: 'the input device is not a TTY\n', exit: 1 },
      { cmd: 'docker run -it alpine sh < /dev/null', err: 'the input device is not a TTY\n', exit: 1 },
      { cmd: 'echo ls | docker exec -it w sh', err: 'the input device is not a TTY\n', exit: 1 },
      { cmd: 'echo hi | docker run -i alpine cat', out: 'hi\n' },
    ]);
  });

  it('docker export refuses a terminal and streams to a redirect or pipe', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name w alpine sleep 1000', out: ID64 },
      { cmd: 'docker export w', err: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n', exit: 1 },
      { cmd: 'docker export w | tar -t | head -1', out: 'bin/\n' },
      { cmd: 'docker export w > w.tar && tar -tf w.tar | grep -c ^etc/', out: /^[1-9]\d*\n$/ },
    ]);
  });
});

describe('confirmation prompts', () => {
  it('container prune waits for the next line typed in the terminal; piped answers still work', () => {
    const s = dockerSession();
    s.run('docker run --name a alpine true');
    expect(s.run('docker container prune')).toMatchObject({ stdout: 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ', exitCode: 0 });
    expect(s.prompt()).toBe('');
    expect(s.run('y').stdout).toMatch(/^Deleted Containers:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect(s.run('docker ps -aq').stdout).toBe('');
    s.run('docker run --name b alpine true');
    s.run('docker container prune');
    expect(s.run('n')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(s.run('docker ps -aq').stdout).toMatch(/^[0-9a-f]{12}\n$/);
    s.run('docker container prune');
    expect(s.interrupt()).toMatchObject({ stdout: '^C\n', exitCode: 130 });
    expect(s.run('echo y | docker container prune').stdout).toMatch(/\[y\/N\] Deleted Containers:\n/);
  });
});
