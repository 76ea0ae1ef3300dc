/** Multi-stage builds: names, reachability, --target, COPY --from stages and images. */
import { describe, expect, it } from 'vitest';
import { OverlayFs } from '../fs/overlay';
import { hostOf } from '../core/engine';
import { findImage, imageLayers } from '../images/store';
import { knownBaseImage } from './exec/base';
import { builtImage, project } from './testing';

const MULTI = [
  'FROM alpine AS deps',
  'RUN write /deps.txt deps',
  'FROM alpine AS unused',
  'RUN write /unused.txt nope',
  'FROM deps AS build',
  'RUN write /out.txt built',
  'FROM alpine',
  'COPY --from=build /out.txt /srv/out.txt',
  '',
].join('\n');

const names = (r: ReturnType<ReturnType<typeof project>['build']>) => r.vertices.filter((v) => !v.reprint).map((v) => v.name.replace(/@sha256:[0-9a-f]+/, '@…'));

describe('multi-stage builds', () => {
  it('builds only the stages the target needs, with stage names in the step prefixes', () => {
    const p = project({ Dockerfile: MULTI });
    const r = p.build();
    expect(names(r)).toEqual([
      '[internal] load build definition from Dockerfile',
      '[internal] load metadata for docker.io/library/alpine:latest',
      '[internal] load .dockerignore',
      '[deps 1/2] FROM docker.io/library/alpine:latest@…',
      '[stage-3 1/2] FROM docker.io/library/alpine:latest@…',
      '[deps 2/2] RUN write /deps.txt deps',
      '[build 1/1] RUN write /out.txt built',
      '[stage-3 2/2] COPY --from=build /out.txt /srv/out.txt',
      'exporting to image',
    ]);
    const img = builtImage(p, r);
    const fs = new OverlayFs(imageLayers(hostOf(p.eng), img), { writable: false, now: () => 0 });
    expect(fs.readFile('/srv/out.txt')).toBe('built');
    expect(fs.stat('/deps.txt')).toBeNull();
  });

  it('base images BuildKit pulled are not tagged locally but are known as bases', () => {
    const p = project({ Dockerfile: 'FROM nginx:alpine\nRUN touch /x\n' }, []);
    const img = builtImage(p, p.build());
    expect(findImage(p.eng, 'nginx:alpine')).toBeUndefined();
    const base = knownBaseImage(p.eng, 'nginx:alpine')!;
    expect(img.layers.slice(0, base.layers.length)).toEqual(base.layers);
  });

  it('--target stops at that stage (its base chain included)', () => {
    const p = project({ Dockerfile: MULTI });
    const r = p.build({ target: 'build' });
    expect(names(r).filter((n) => n.includes(' RUN '))).toEqual(['[deps 2/2] RUN write /deps.txt deps', '[build 1/1] RUN write /out.txt built']);
    const fs = new OverlayFs(imageLayers(hostOf(p.eng), builtImage(p, r)), { writable: false, now: () => 0 });
    expect(fs.readFile('/deps.txt')).toBe('deps');
  });

  it('an unknown --target fails with a suggestion', () => {
    const r = project({ Dockerfile: MULTI }).build({ target: 'buidl' });
    expect(r.error?.message).toBe('failed to solve: target stage "buidl" could not be found (did you mean build?)');
  });

  it('a single stage has no stage name in its prefix, even when named', () => {
    const r = project({ Dockerfile: 'FROM alpine AS only\nRUN touch /x\n' }).build();
    expect(names(r)).toContain('[2/2] RUN touch /x');
  });

  it('COPY --from an image resolves it like a base image, its FROM step without a prefix', () => {
    const p = project({ Dockerfile: 'FROM alpine\nCOPY --from=nginx:alpine /etc/nginx/nginx.conf /nginx.conf\n' }, ['alpine', 'nginx:alpine']);
    const r = p.build();
    expect(r.error).toBeUndefined();
    expect(names(r)).toContain('FROM docker.io/library/nginx:alpine@…');
    expect(names(r)).toContain('[internal] load metadata for docker.io/library/nginx:alpine');
  });

  it('COPY --from a later stage is an error at that line', () => {
    const r = project({ Dockerfile: 'FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nRUN touch /x\n' }).build({ target: 'a' });
    expect(r.error?.message).toBe('failed to solve: cannot copy from stage "b", it needs to be defined before current stage "a"');
    expect(r.error?.source?.ranges).toEqual([{ start: 2, end: 2 }]);
  });

  it('COPY --from by index, and an index out of range', () => {
    const ok = project({ Dockerfile: 'FROM alpine\nRUN write /n one\nFROM alpine\nCOPY --from=0 /n /n\n' }).build();
    expect(ok.error).toBeUndefined();
    const bad = project({ Dockerfile: 'FROM alpine\nCOPY --from=5 /n /n\n' }).build();
    expect(bad.error?.message).toBe('failed to solve: invalid stage index 5');
  });

  it('a stage based on another keeps its ARGs and files, and pads step numbers to the total width', () => {
    const lines = ['FROM alpine AS base', 'ARG V=1', ...Array.from({ length: 10 }, (_, i) => `RUN touch /f${i}`), 'FROM base', 'RUN write /v $V'];
    const r = project({ Dockerfile: lines.join('\n') + '\n' }).build();
    expect(names(r)).toContain('[base  1/11] FROM docker.io/library/alpine:latest@…');
    expect(names(r)).toContain('[base 11/11] RUN touch /f9');
    expect(names(r)).toContain('[stage-1 1/1] RUN write /v 1');
  });
});
