import { describe, expect, it } from 'vitest';
import { detectorInput, hostAfter } from '../check.test-helper';
import { forgotDetach } from './forgot-detach';

const goals = [{ type: 'container', name: 'web', image: 'nginx', state: 'running' }];

describe('forgot -d', () => {
  it('explains Ctrl+C and -d while the terminal is attached', () => {
    const input = detectorInput(hostAfter('docker run --name web -p 8080:80 nginx', { keepAttached: true }), goals);
    expect(input.attached).toBe(true);
    expect(forgotDetach(input)?.message).toMatch(/^The terminal is attached to the container.*Press Ctrl\+C.*`-d`/);
  });

  it('explains why the container stopped after Ctrl+C', () => {
    const found = forgotDetach(detectorInput(hostAfter('docker run --name web -p 8080:80 nginx'), goals));
    expect(found?.id).toBe('forgot-detach');
    expect(found?.message).toContain('`web` stopped when you pressed Ctrl+C');
  });

  it('says nothing for a detached run or when no goal wants a running container', () => {
    expect(forgotDetach(detectorInput(hostAfter('docker run -d --name web nginx'), goals))).toBeNull();
    expect(forgotDetach(detectorInput(hostAfter('docker run --name web nginx'), [{ type: 'container', name: 'web', state: 'stopped' }]))).toBeNull();
  });
});
