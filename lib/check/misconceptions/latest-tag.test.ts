import { describe, expect, it } from 'vitest';
import { detectorInput, hostAfter } from '../check.test-helper';
import { latestTag } from './latest-tag';

describe('latest where a tag was asked for', () => {
  it('recognises a container started from the untagged name', () => {
    const found = latestTag(detectorInput(hostAfter('docker run -d --name web nginx'), [{ type: 'container', name: 'web', image: 'nginx:1.27-alpine' }]));
    expect(found?.id).toBe('latest-tag');
    expect(found?.message).toBe('You used `nginx`, and a name without a tag means `nginx:latest`. The task asks for `nginx:1.27-alpine`: write the tag after a colon.');
  });

  it('recognises an image built without the tag', () => {
    const played = hostAfter("mkdir app && cd app && echo 'FROM alpine' > Dockerfile && docker build -q -t app .");
    expect(latestTag(detectorInput(played, [{ type: 'image', ref: 'app:1.0' }]))?.goal).toBe('g0');
  });

  it('says nothing when the tag is right or the goal asks for no tag', () => {
    expect(latestTag(detectorInput(hostAfter('docker run -d --name web nginx:1.27-alpine'), [{ type: 'container', name: 'web', image: 'nginx:1.27-alpine' }]))).toBeNull();
    expect(latestTag(detectorInput(hostAfter('docker run -d --name web httpd'), [{ type: 'container', name: 'web', image: 'nginx' }]))).toBeNull();
  });
});
