/** The text BuildKit/buildx print around a build, from structured progress. */
import { describe, expect, it } from 'vitest';
import type { BuildResult, Vertex } from '../../../sim/build/types';
import { renderFailure, renderSource, renderWarnings } from './render-error';
import { renderErrorLogs, renderPlain } from './render-plain';
import { renderTty } from './render-tty';
import { logStamp, progressBytes } from './units';

const v = (over: Partial<Vertex>): Vertex => ({ name: 'x', statuses: [], logs: [], warnings: [], state: 'done', ms: 0, ...over });

describe('units', () => {
  it.each([
    [2, '2B'],
    [999, '999B'],
    [1000, '1.00kB'],
    [2104, '2.10kB'],
    [3_640_000, '3.64MB'],
    [1_500_000_000, '1.50GB'],
  ])('%d bytes → %s', (n, s) => expect(progressBytes(n)).toBe(s));

  it.each([
    [42, '0.042'],
    [12_345, '12.35'],
    [123_456, '123.5'],
  ])('log stamp of %d ms → %s', (ms, s) => expect(logStamp(ms)).toBe(s));
});

describe('plain progress', () => {
  const result: BuildResult = {
    ms: 1200,
    warnings: [],
    vertices: [
      v({ name: '[internal] load build definition from Dockerfile', statuses: [{ id: 'transferring dockerfile:', current: 104, ms: 8 }] }),
      v({ name: '[1/3] FROM docker.io/library/alpine:3.22@sha256:abc', statuses: [{ id: 'resolve docker.io/library/alpine:3.22@sha256:abc', ms: 12 }, { id: 'sha256:def', current: 3_640_000, total: 3_640_000, ms: 190 }, { id: 'extracting sha256:def', ms: 45 }], ms: 250 }),
      v({ name: '[internal] load build definition from Dockerfile', warnings: ['JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)'], reprint: true }),
      v({ name: '[2/3] RUN apk add curl', state: 'cached' }),
      v({ name: '[3/3] RUN exit 3', logs: [{ ms: 12, text: 'oops' }, { ms: 13, text: '' }], state: 'error', error: 'process "/bin/sh -c exit 3" did not complete successfully: exit code: 3', ms: 40 }),
    ],
  };

  it('numbers vertices, prints statuses, re-prints #1 for warnings, ends each block', () => {
    expect(renderPlain(result)).toBe(
      [
        '#0 building with "default" instance using docker driver',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 transferring dockerfile: 104B done',
        '#1 DONE 0.0s',
        '',
        '#2 [1/3] FROM docker.io/library/alpine:3.22@sha256:abc',
        '#2 resolve docker.io/library/alpine:3.22@sha256:abc 0.0s done',
        '#2 sha256:def 3.64MB / 3.64MB 0.2s done',
        '#2 extracting sha256:def 0.0s done',
        '#2 DONE 0.3s',
        '',
        '#1 [internal] load build definition from Dockerfile',
        '#1 WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)',
        '#1 DONE 0.0s',
        '',
        '#3 [2/3] RUN apk add curl',
        '#3 CACHED',
        '',
        '#4 [3/3] RUN exit 3',
        '#4 0.012 oops',
        '#4 0.013 ',
        '#4 ERROR: process "/bin/sh -c exit 3" did not complete successfully: exit code: 3',
        '------',
        ' > [3/3] RUN exit 3:',
        '0.012 oops',
        '0.013 ',
        '------',
        '',
      ].join('\n'),
    );
  });

  it('keeps only the last 10 log lines of a failed step', () => {
    const logs = Array.from({ length: 14 }, (_, i) => ({ ms: i, text: `line ${i}` }));
    expect(renderErrorLogs([v({ name: 's', logs, state: 'error' })]).split('\n').slice(2, 4)).toEqual(['0.004 line 4', '0.005 line 5']);
  });

  it('a TTY frame lists steps with their times on the right', () => {
    const out = renderTty({ ...result, vertices: result.vertices.slice(0, 4) }, 60).split('\n');
    expect(out[0]).toBe('[+] Building 1.2s (3/3) FINISHED              docker:default');
    expect(out[1]).toBe(` => [internal] load build definition from Dockerfile${' '.repeat(3)} 0.0s`);
    expect(out).toContain(` => CACHED [2/3] RUN apk add curl${' '.repeat(22)} 0.0s`);
    expect(out.every((l) => l.length <= 60)).toBe(true);
  });

  it('a TTY frame shows the Dockerfile warnings under its first step', () => {
    const out = renderTty(result, 100).split('\n');
    expect(out.slice(1, 4).map((l) => l.replace(/ +\S+$/, ''))).toEqual([' => [internal] load build definition from Dockerfile', ' => => transferring dockerfile: 104B', ' => WARN: JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavio']);
  });
});

describe('after the progress', () => {
  const text = 'FROM alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nRUN npm test\nCMD ["npm", "start"]\n';

  it.each([
    [[{ start: 4, end: 4 }], 'Dockerfile:4\n--------------------\n   2 |     WORKDIR /app\n   3 |     COPY . .\n   4 | >>> RUN npm ci\n   5 |     RUN npm test\n   6 |     CMD ["npm", "start"]\n--------------------\n'],
    // at the top there is nothing above: the loop still spends its padding turns (BuildKit's Source.Print)
    [[{ start: 1, end: 1 }], 'Dockerfile:1\n--------------------\n   1 | >>> FROM alpine\n   2 |     WORKDIR /app\n   3 |     COPY . .\n--------------------\n'],
    [[{ start: 6, end: 6 }], 'Dockerfile:6\n--------------------\n   4 |     RUN npm ci\n   5 |     RUN npm test\n   6 | >>> CMD ["npm", "start"]\n   7 |     \n--------------------\n'],
    [[{ start: 2, end: 2 }, { start: 3, end: 3 }], 'Dockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> WORKDIR /app\n   3 | >>> COPY . .\n   4 |     RUN npm ci\n--------------------\n'],
  ])('excerpt around %j', (ranges, want) => {
    expect(renderSource({ filename: 'Dockerfile', text, ranges })).toBe(want);
  });

  it('warning summary and the final error line', () => {
    const w = { rule: 'JSONArgsRecommended', message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals', line: 3, url: '' };
    expect(renderWarnings([w])).toBe('\n 1 warning found (use docker --debug to expand):\n - JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals (line 3)\n');
    expect(renderWarnings([w, w]).split('\n')[1]).toBe(' 2 warnings found (use docker --debug to expand):');
    expect(renderFailure({ message: 'failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory' })).toBe('ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n');
  });
});
