/** dockerd's checks of a --mount target (moby volume/mounts linux parser): absolute, not `/`. */
import { describe, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

const HELP = "\n\nRun 'docker run --help' for more information\n";

describe('--mount target', () => {
  it('must be an absolute path other than /', () => {
    runCases(dockerSession(), [
      { cmd: 'docker run --rm --mount type=volume,target=rel alpine true', err: `docker: Error response from daemon: invalid mount config for type "volume": invalid mount path: 'rel' mount path must be absolute${HELP}`, exit: 125 },
      { cmd: 'docker run --rm --mount type=bind,source=/tmp,target=/ alpine true', err: `docker: Error response from daemon: invalid mount config for type "bind": invalid specification: destination can't be '/'${HELP}`, exit: 125 },
      { cmd: 'docker run -d --mount type=volume,target=/data alpine sleep 1', out: ID64 },
    ]);
  });
});
