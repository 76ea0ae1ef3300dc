import { describe, expect, it } from 'vitest';
import { failureOf, runnableBlocks } from './lesson-blocks';

const lesson = [
  '---',
  'title: T',
  '---',
  '',
  '```bash',
  'docker run -d --name web nginx',
  '```',
  '',
  '```bash norun',
  'sudo iptables -L',
  '```',
  '',
  '```console error',
  '$ docker rm web',
  'Error response from daemon: cannot remove container "web": container is running',
  '```',
  '',
  '<Exercise id="x" title="X">',
  '',
  '```yaml exercise',
  'solution: docker ps',
  '```',
  '',
  '</Exercise>',
  '',
  '```dockerfile',
  'FROM alpine',
  '```',
].join('\n');

describe('runnableBlocks', () => {
  it('keeps only blocks with a Run button, with their fence line and the expected-error flag', () => {
    expect(runnableBlocks(lesson)).toEqual([
      { line: 5, lang: 'bash', runText: 'docker run -d --name web nginx', expectError: false },
      { line: 13, lang: 'console', runText: 'docker rm web', expectError: true },
    ]);
  });
});

describe('failureOf', () => {
  it('fails a non-zero exit', () => {
    expect(failureOf({ exitCode: 125, stdout: '', stderr: 'docker: Error response from daemon: Conflict.' })).toBe('exit status 125');
  });

  it('fails an error printed with exit status 0 (docker rm -f of a missing container, history expansion)', () => {
    expect(failureOf({ exitCode: 0, stdout: '', stderr: 'Error response from daemon: No such container: web\n' })).toBe('printed an error');
    expect(failureOf({ exitCode: 0, stdout: '', stderr: 'bash: !/bin/sh: event not found\n' })).toBe('printed an error');
  });

  it('accepts progress and warnings on stderr', () => {
    const pull = "Unable to find image 'nginx:latest' locally\nlatest: Pulling from library/nginx\nStatus: Downloaded newer image for nginx:latest\n";
    expect(failureOf({ exitCode: 0, stdout: 'abc\n', stderr: pull })).toBeNull();
    expect(failureOf({ exitCode: 0, stdout: '', stderr: 'WARNING! Your credentials are stored unencrypted\n' })).toBeNull();
  });
});
