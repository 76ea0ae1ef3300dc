/**
 * Whatever the Dockerfile, the builder answers with a result (an image or a worded failure),
 * never an exception: random mixes of valid and broken instructions, flags, heredocs, ARGs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './dockerfile/index';
import { DockerfileError } from './dockerfile/errors';
import { project } from './testing';

const word = fc.constantFrom('a', 'b.txt', 'src', '.', '/app', '$X', '${Y:-d}', '"q w"', "'s'", '*.txt', 'x\\', '--from=0', '[', '"');
const line = fc.oneof(
  fc.tuple(fc.constantFrom('RUN', 'run', 'COPY', 'ADD', 'ENV', 'ARG', 'LABEL', 'WORKDIR', 'USER', 'EXPOSE', 'VOLUME', 'CMD', 'ENTRYPOINT', 'SHELL', 'STOPSIGNAL', 'HEALTHCHECK', 'ONBUILD', 'MAINTAINER', 'FROM', 'BOGUS'), fc.array(word, { maxLength: 4 })).map(([i, w]) => `${i} ${w.join(' ')}`),
  fc.constantFrom('RUN <<EOF\necho hi\nEOF', 'COPY <<EOF /f\nx\nEOF', 'RUN echo a \\', '# comment', '', 'RUN ["echo", "x"]', 'RUN --mount=type=cache,target=/c touch /c/x', 'FROM alpine AS s1', 'COPY --from=s1 /etc/hostname /h', 'RUN exit 1', 'WORKDIR /etc/passwd'),
);
const dockerfile = fc.tuple(fc.constantFrom('FROM alpine', 'FROM scratch', 'ARG X=1\nFROM alpine', '# escape=`\nFROM alpine', ''), fc.array(line, { maxLength: 8 })).map(([head, body]) => [head, ...body].join('\n') + '\n');

describe('robustness', () => {
  it('the parser throws only DockerfileErrors', () => {
    fc.assert(
      fc.property(dockerfile, (text) => {
        try {
          parseDockerfile(text);
        } catch (e) {
          expect(e).toBeInstanceOf(DockerfileError);
        }
      }),
      { numRuns: 400, seed: 7 },
    );
  });

  it('a build always returns an image id or a failure message', () => {
    const p = project({ 'a': 'A', 'b.txt': 'B', 'src/x': 'x' });
    fc.assert(
      fc.property(dockerfile, (text) => {
        p.write({ Dockerfile: text });
        const r = p.build();
        expect(r.imageId !== undefined || (r.error?.message ?? '').length > 0).toBe(true);
      }),
      { numRuns: 150, seed: 11 },
    );
  });
});
