import { describe, expect, it } from 'vitest';
import { detectorInput, hostAfter } from '../check.test-helper';
import { portsSwapped } from './ports-swapped';

const goals = [{ type: 'container', name: 'web', ports: ['8080:80'] }];

describe('ports swapped in -p', () => {
  it('recognises HOST:CONTAINER written the other way round, from the container', () => {
    const found = portsSwapped(detectorInput(hostAfter('docker run -d --name web -p 80:8080 nginx'), goals));
    expect(found).toMatchObject({ id: 'ports-swapped', goal: 'g0' });
    expect(found?.message).toContain('use `-p 8080:80`');
  });

  it('recognises it from the command line when the container could not be made', () => {
    const played = hostAfter('docker run -d --name other -p 80:80 nginx\ndocker run -d --name web -p 80:8080 nginx', { allowFailures: true });
    expect(played.commands[1]!.exitCode).not.toBe(0);
    expect(portsSwapped(detectorInput(played, goals))?.id).toBe('ports-swapped');
  });

  it('says nothing when the ports are right or simply different', () => {
    expect(portsSwapped(detectorInput(hostAfter('docker run -d --name web -p 8080:80 nginx'), goals))).toBeNull();
    expect(portsSwapped(detectorInput(hostAfter('docker run -d --name web -p 9090:80 nginx'), goals))).toBeNull();
  });
});
