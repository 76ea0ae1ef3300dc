import { describe, expect, it } from 'vitest';
import { detectorInput, hostAfter } from '../check.test-helper';
import { volumeReversed } from './volume-reversed';

const goals = [{ type: 'container', name: 'db', mounts: [{ source: 'pgdata', target: '/var/lib/postgresql/data' }] }];

describe('volume source and target reversed', () => {
  it('recognises -v TARGET:SOURCE even though Docker rejected it', () => {
    const played = hostAfter('docker run -d --name db -v /var/lib/postgresql/data:pgdata -e POSTGRES_PASSWORD=x postgres:16', { allowFailures: true });
    expect(played.commands[0]!.exitCode).toBe(125);
    const found = volumeReversed(detectorInput(played, goals));
    expect(found?.id).toBe('volume-reversed');
    expect(found?.message).toContain('use `-v pgdata:/var/lib/postgresql/data`');
  });

  it('says nothing for a correct mount or an unrelated one', () => {
    expect(volumeReversed(detectorInput(hostAfter('docker run -d --name db -v pgdata:/var/lib/postgresql/data -e POSTGRES_PASSWORD=x postgres:16'), goals))).toBeNull();
    expect(volumeReversed(detectorInput(hostAfter('docker run -d --name db -v other:/data alpine sleep 1000'), goals))).toBeNull();
  });
});
