/** Help of every container verb, word for word as the real client prints it (testing/help-fixtures.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogMismatches } from '../root-stubs';
import { dockerTool } from '../tool';
import { dockerSession } from './testing/session';

const fixtures = JSON.parse(readFileSync(new URL('./testing/help-fixtures.json', import.meta.url), 'utf8')) as Array<{ cmd: string; out: string }>;

describe('container verbs: help and catalog', () => {
  it('keeps the real use lines and descriptions', () => {
    const mine = /^(container [a-z]+|run|create|ps|start|stop|restart|kill|pause|unpause|rm|logs|exec|attach|top|stats|port|rename|update|wait|diff|commit|export): /;
    // The catalog keeps the first line of cp's two-line use; the cp help fixture checks both lines.
    expect(catalogMismatches(dockerTool().tree).filter((p) => mine.test(p) && !p.startsWith('container cp:'))).toEqual([]);
  });

  it.each(fixtures.map((f) => [f.cmd, f.out] as const))('%s', (cmd, out) => {
    expect(dockerSession([]).run(cmd).stdout).toBe(out);
  });
});

describe('container verbs: completion', () => {
  it('completes container and image names for the verbs that take them', () => {
    const s = dockerSession(['alpine', 'nginx']);
    s.run('docker run -d --name web nginx && docker run -d --name worker alpine sleep 100 && docker create --name waiting alpine');
    expect(s.complete('docker stop w', 13).candidates).toEqual(['web', 'worker']);
    expect(s.complete('docker start w', 14).candidates).toEqual(['waiting ']);
    expect(s.complete('docker container rm w', 21).candidates).toEqual(['waiting ']);
    expect(s.complete('docker exec -it wo', 18).candidates).toEqual(['worker ']);
    expect(s.complete('docker run ngi', 14).candidates).toEqual(['nginx:latest ']);
  });
});
