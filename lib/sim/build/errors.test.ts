/** Build failures as BuildKit reports them: message, failing vertex, Dockerfile lines. */
import { describe, expect, it } from 'vitest';
import { project } from './testing';

describe('build failures', () => {
  it('a missing Dockerfile', () => {
    const p = project({ 'app.js': '' });
    const r = p.build();
    expect(r.error).toEqual({ message: 'failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory' });
    expect(r.vertices.map((v) => [v.name, v.statuses[0]?.current])).toEqual([['[internal] load build definition from Dockerfile', 2]]);
    expect(p.build({ dockerfile: { path: '/home/learner/app/prod.Dockerfile' } }).error?.message).toBe('failed to solve: failed to read dockerfile: open prod.Dockerfile: no such file or directory');
  });

  it('a parse error points at its line', () => {
    const r = project({ Dockerfile: 'FROM alpine\nRUNN echo hi\n' }).build();
    expect(r.error).toEqual({
      message: 'failed to solve: dockerfile parse error on line 2: unknown instruction: RUNN (did you mean RUN?)',
      source: { filename: 'Dockerfile', text: 'FROM alpine\nRUNN echo hi\n', ranges: [{ start: 2, end: 2 }] },
    });
  });

  it('an unknown base image fails its metadata step', () => {
    const r = project({ Dockerfile: 'FROM nonexistent\nRUN true\n' }).build();
    expect(r.error?.message).toBe('failed to solve: nonexistent: failed to resolve source metadata for docker.io/library/nonexistent:latest: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed');
    expect(r.error?.failedVertex).toMatchObject({ name: '[internal] load metadata for docker.io/library/nonexistent:latest', state: 'error', error: 'pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed' });
    expect(r.error?.source?.ranges).toEqual([{ start: 1, end: 1 }]);
  });

  it('an unknown tag and a near miss get their own wording', () => {
    expect(project({ Dockerfile: 'FROM alpine:9.99\n' }).build().error?.message).toBe('failed to solve: alpine:9.99: failed to resolve source metadata for docker.io/library/alpine:9.99: docker.io/library/alpine:9.99: not found');
    expect(project({ Dockerfile: 'FROM alpin\n' }).build().error?.message).toMatch(/^failed to solve: alpin: failed to resolve source metadata for docker.io\/library\/alpin:latest: pull access denied.* \(did you mean alpine\?\)$/);
    expect(project({ Dockerfile: 'FROM Alpine\n' }).build().error?.message).toBe('failed to solve: failed to parse stage name "Alpine": invalid reference format: repository name (library/Alpine) must be lowercase');
  });

  it('COPY of a missing file fails computing the cache key', () => {
    const r = project({ Dockerfile: 'FROM alpine\nCOPY nope /nope\n' }).build();
    expect(r.error?.message).toMatch(/^failed to solve: failed to compute cache key: failed to calculate checksum of ref [0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}::[0-9a-z]{25}: "\/nope": not found$/);
    expect(r.error?.failedVertex?.name).toBe('[2/2] COPY nope /nope');
    expect(r.error?.failedVertex?.error).toMatch(/^failed to calculate checksum of ref .*: "\/nope": not found$/);
  });

  it('a failing RUN keeps its output for the error logs', () => {
    const r = project({ Dockerfile: 'FROM alpine\nRUN echo before; exit 3\nRUN touch /never\n' }).build();
    expect(r.error?.message).toBe('failed to solve: process "/bin/sh -c echo before; exit 3" did not complete successfully: exit code: 3');
    expect(r.error?.failedVertex?.logs.map((l) => l.text)).toEqual(['before']);
    expect(r.vertices.some((v) => v.name.includes('/never'))).toBe(false);
    expect(r.imageId).toBeUndefined();
  });

  it('exec-form RUN reports its argv', () => {
    const r = project({ Dockerfile: 'FROM alpine\nRUN ["false"]\n' }).build();
    expect(r.error?.message).toBe('failed to solve: process "false" did not complete successfully: exit code: 1');
  });

  it('checks found after a failure are still reported', () => {
    const r = project({ Dockerfile: 'FROM alpine\nRUN exit 1\nCMD echo hi\n' }).build();
    expect(r.error).toBeDefined();
    expect(r.warnings.map((w) => w.rule)).toEqual(['JSONArgsRecommended']);
  });

  it('an invalid STOPSIGNAL and chmod', () => {
    expect(project({ Dockerfile: 'FROM alpine\nSTOPSIGNAL SIGNOPE\n' }).build().error?.message).toBe('failed to solve: Invalid signal: SIGNOPE');
    expect(project({ Dockerfile: 'FROM alpine\nCOPY --chmod=999 a /\n', a: '' }).build().error?.message).toBe("failed to solve: invalid chmod parameter: '999'. it should be octal string and between 0 and 07777");
  });

  it('an unknown --chown user', () => {
    expect(project({ Dockerfile: 'FROM alpine\nCOPY --chown=nobodyhere a /\n', a: '' }).build().error?.message).toBe("failed to solve: unable to convert uid/gid chown string to host mapping: can't find uid for user nobodyhere: no such user: nobodyhere");
  });
});
