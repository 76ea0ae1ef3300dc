import { describe, expect, it } from 'vitest';
import { detectorInput, hostAfter } from '../check.test-helper';
import { nameTypo, typoDistance } from './name-typo';

describe('a name close to the one asked for', () => {
  it('suggests renaming a container', () => {
    const found = nameTypo(detectorInput(hostAfter('docker run -d --name wbe nginx'), [{ type: 'container', name: 'web', state: 'running' }]));
    expect(found?.message).toBe('There is a container named `wbe`, but the task asks for `web`. Rename it with `docker rename wbe web`.');
  });

  it('explains that networks and volumes cannot be renamed', () => {
    const found = nameTypo(detectorInput(hostAfter('docker network create app-net'), [{ type: 'network', name: 'appnet' }]));
    expect(found?.message).toContain('A network cannot be renamed: create `appnet`');
    expect(nameTypo(detectorInput(hostAfter('docker volume create note-data'), [{ type: 'volume', name: 'notes-data' }]))?.id).toBe('name-typo');
  });

  it('says nothing for distant names or when the right object exists', () => {
    expect(nameTypo(detectorInput(hostAfter('docker run -d --name database nginx'), [{ type: 'container', name: 'web' }]))).toBeNull();
    expect(nameTypo(detectorInput(hostAfter('docker run -d --name web nginx\ndocker run -d --name wbe nginx'), [{ type: 'container', name: 'web' }]))).toBeNull();
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(typoDistance('wbe', 'web')).toBe(1);
    expect(typoDistance('appnet', 'app-net')).toBe(1);
    expect(typoDistance('db', 'web')).toBe(2);
  });
});
