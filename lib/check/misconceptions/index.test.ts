import { describe, expect, it } from 'vitest';
import { detectorInput, hostAfter } from '../check.test-helper';
import { detectMisconception } from './index';

describe('detectMisconception', () => {
  it('puts the attached terminal first, before anything else it sees', () => {
    const played = hostAfter('docker run --name wbe -p 80:8080 nginx', { keepAttached: true });
    const found = detectMisconception(detectorInput(played, [{ type: 'container', name: 'web', ports: ['8080:80'], state: 'running' }]));
    expect(found?.id).toBe('forgot-detach');
  });

  it('is silent when every goal is met', () => {
    const played = hostAfter('docker run -d --name web -p 8080:80 nginx');
    expect(detectMisconception(detectorInput(played, [{ type: 'container', name: 'web', ports: ['8080:80'], state: 'running' }]))).toBeNull();
  });
});
