/**
 * docker inspect -f runs the template on the typed Go value before the raw JSON map: fields the JSON
 * omits and missing keys of map fields answer there; unknown fields fail on the raw map.
 */
import { describe, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

const NO_KEY = (at: string, col: number, key: string) => `template parsing error: template: :1:${col}: executing "" at <${at}>: map has no entry for key "${key}"\n`;

describe('docker inspect -f on what the JSON leaves out', () => {
  it('SizeRw/SizeRootFs without --size are nil pointers (<nil>, json null, false); with --size numbers', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name c alpine sleep 300', out: ID64 },
      { cmd: "docker inspect -f '{{.SizeRw}}' c", out: '<nil>\n' },
      { cmd: "docker container inspect -f '{{json .SizeRw}} {{json .SizeRootFs}}' c", out: 'null null\n' },
      { cmd: "docker inspect -f '{{if .SizeRw}}sized{{else}}unsized{{end}}' c", out: 'unsized\n' },
      { cmd: "docker inspect -s -f '{{.SizeRw}}' c", out: /^\d+\n$/ },
      { cmd: "docker container inspect --size -f '{{json .SizeRootFs}}' c", out: /^[1-9]\d*\n$/ },
      { cmd: 'docker inspect c | grep -c SizeR', out: '0\n', exit: 1 },
      // an image has no such field: the raw map's error
      { cmd: "docker inspect -f '{{.SizeRw}}' alpine", out: '\n', err: NO_KEY('.SizeRw', 2, 'SizeRw'), exit: 1 },
    ]);
  });

  it('a missing key of a map field is <no value>; an unknown struct field is the raw map error', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run -d --name web --label tier=front nginx', out: ID64 },
      { cmd: "docker inspect -f '{{.Config.Labels.tier}}/{{.Config.Labels.nope}}' web", out: 'front/<no value>\n' },
      { cmd: "docker inspect -f '{{.NetworkSettings.Networks.nope}}' web", out: '<no value>\n' },
      { cmd: "docker inspect -f '{{.Nope}}' web", out: '\n', err: NO_KEY('.Nope', 2, 'Nope'), exit: 1 },
      { cmd: "docker inspect -f '{{.State.Nope}}' web", out: '\n', err: NO_KEY('.State.Nope', 8, 'Nope'), exit: 1 },
      { cmd: "docker inspect -f '{{.ID}}' web", out: ID64 },
    ]);
  });
});
