import { describe, expect, it } from 'vitest';
import { detectorInput, hostAfter } from '../check.test-helper';
import { runInsteadOfExec } from './run-instead-of-exec';

const goals = [{ type: 'container-file', container: 'web', path: '/usr/share/nginx/html/hello.txt', contains: 'hi' }];

describe('run where exec was meant', () => {
  it('recognises a new container started from the image of the one the task is about', () => {
    const played = hostAfter("docker run -d --name web nginx\ndocker run nginx sh -c 'echo hi > /usr/share/nginx/html/hello.txt'");
    const found = runInsteadOfExec(detectorInput(played, goals));
    expect(found?.id).toBe('run-instead-of-exec');
    expect(found?.message).toContain("use `docker exec web sh -c 'echo hi > /usr/share/nginx/html/hello.txt'`");
  });

  it('says nothing for docker exec, or for a run of another image', () => {
    expect(runInsteadOfExec(detectorInput(hostAfter("docker run -d --name web nginx\ndocker exec web sh -c 'echo hi > /tmp/x'"), goals))).toBeNull();
    expect(runInsteadOfExec(detectorInput(hostAfter('docker run -d --name web nginx\ndocker run alpine echo hi'), goals))).toBeNull();
  });
});
