/** Images of another architecture on the amd64 host, which has no binfmt/QEMU emulation. */
import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from './testing/session';

const PULL_ARM = /^Unable to find image 'alpine:latest' locally\nlatest: Pulling from library\/alpine\n[\s\S]*Status: Downloaded newer image for alpine:latest\n/;
const WARNING = "WARNING: The requested image's platform (linux/arm64/v8) does not match the detected host platform (linux/amd64) and no specific platform was requested\n";

describe('docker run --platform of another architecture', () => {
  it('pulls that platform, then its program cannot be exec’d: runc says so and the status is 255', () => {
    runCases(dockerSession([]), [
      { cmd: 'docker run --platform linux/arm64 alpine uname -m', out: '', err: new RegExp(PULL_ARM.source + 'exec /bin/uname: exec format error\n$'), exit: 255 },
      { cmd: "docker image inspect -f '{{.Os}}/{{.Architecture}}' alpine", out: 'linux/arm64\n' },
      // Without --platform the daemon warns that the image does not match the host.
      { cmd: 'docker run alpine uname -m', out: '', err: WARNING + 'exec /bin/uname: exec format error\n', exit: 255 },
      { cmd: 'docker run --platform linux/arm64 --rm alpine echo hi', out: '', err: 'exec /bin/echo: exec format error\n', exit: 255 },
    ]);
  });

  it('a local image of the host platform is not used: the requested one is pulled (NotFound to the client)', () => {
    runCases(dockerSession(['alpine']), [
      { cmd: 'docker run --platform linux/arm64 alpine true', err: new RegExp(PULL_ARM.source + 'exec /bin/true: exec format error\n$'), exit: 255 },
      { cmd: 'docker run --platform linux/amd64 alpine uname -m', out: 'x86_64\n', err: /^Unable to find image 'alpine:latest' locally\n/ },
      { cmd: 'docker create --pull never --platform linux/arm64 alpine', err: 'Error response from daemon: image with reference alpine was found but its platform (linux/amd64) does not match the specified platform (linux/arm64)\n', exit: 1 },
    ]);
  });

  it('a detached container exits 255 at once and its log holds the error; $DOCKER_DEFAULT_PLATFORM is the default', () => {
    runCases(dockerSession([]), [
      { cmd: 'export DOCKER_DEFAULT_PLATFORM=linux/arm64', out: '' },
      { cmd: 'docker run -d --name arm alpine sleep 100', out: ID64, err: PULL_ARM },
      { cmd: "docker ps -a --format '{{.Names}} {{.Status}}'", out: 'arm Exited (255) Less than a second ago\n' },
      { cmd: 'docker logs arm', out: '', err: 'exec /bin/sleep: exec format error\n' },
      { cmd: "docker inspect -f '{{.State.ExitCode}}' arm", out: '255\n' },
    ]);
  });

  it('an interactive shell of that image never starts (the error is on the terminal)', () => {
    const s = dockerSession([]);
    runCases(s, [
      { cmd: 'docker pull -q --platform linux/arm64 alpine', out: 'docker.io/library/alpine:latest\n' },
      { cmd: 'docker run -it --platform linux/arm64 alpine sh', out: 'exec /bin/sh: exec format error\n', err: '', exit: 255 },
    ]);
  });
});

describe('docker build --platform of another architecture', () => {
  const files = (df: string) => ({ 'b/Dockerfile': df, 'b/a.txt': 'a\n' });

  it('a RUN step cannot exec /bin/sh: exec format error, exit code 255', () => {
    const s = dockerSession([], files('FROM alpine\nRUN echo hi > /x\n'));
    s.run('cd b');
    const r = s.run('docker build --progress plain --platform linux/arm64 -t armimg .');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/\n#5 \d+\.\d+ exec \/bin\/sh: exec format error\n#5 ERROR: process "\/bin\/sh -c echo hi > \/x" did not complete successfully: exit code: 255\n/);
    expect(r.stderr).toMatch(/ERROR: failed to build: failed to solve: process "\/bin\/sh -c echo hi > \/x" did not complete successfully: exit code: 255\n$/);
  });

  it('without RUN the image is built for that platform from its base, and does not run here', () => {
    const s = dockerSession(['alpine'], files('FROM alpine\nCOPY a.txt /\n'));
    s.run('cd b');
    runCases(s, [
      { cmd: 'docker build -q --platform linux/arm64 -t armimg .', out: /^sha256:[0-9a-f]{64}\n$/ },
      { cmd: "docker image inspect -f '{{.Os}}/{{.Architecture}}' armimg", out: 'linux/arm64\n' },
      { cmd: 'docker run --rm armimg cat /a.txt', err: WARNING + 'exec /bin/cat: exec format error\n', exit: 255 },
      { cmd: 'docker build -q -t native .', out: /^sha256:/ },
      { cmd: "docker image inspect -f '{{.Architecture}}' native", out: 'amd64\n' },
    ]);
  });
});
