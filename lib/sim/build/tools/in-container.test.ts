/** Package tools in running containers: the build's apk, installing into that container's layer only. */
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../../host';
import { runScript } from '../../../shell/runner';

/** Runs the lines in one fresh host session; returns each command's result. */
function run(...lines: string[]) {
  const session = createHostSession({ stepMs: 0 });
  return runScript(lines.join('\n'), () => session);
}

describe('package tools in a running container', () => {
  it('docker run … apk add prints what apk prints and exits 0', () => {
    const [r] = run('docker run --rm alpine apk add curl');
    expect(r!.exitCode).toBe(0);
    const lines = r!.stdout.split('\n');
    expect(lines).toContain('fetch https://dl-cdn.alpinelinux.org/alpine/v3.22/main/x86_64/APKINDEX.tar.gz');
    expect(lines).toContain('(9/9) Installing curl (8.14.1-r1)');
    expect(lines).toContain('Executing busybox-1.37.0-r18.trigger');
    expect(lines).toContain('OK: 13 MiB in 25 packages');
  });

  it('a program apk installed runs afterwards in that container, not in another one', () => {
    const r = run(
      'docker run -d --name a alpine sleep 1000',
      'docker run -d --name b alpine sleep 1000',
      'docker exec a curl --version',
      'docker exec a apk add curl',
      'docker exec a sh -c "command -v curl"',
      'docker exec b curl --version',
    );
    expect(r[2]!.exitCode).toBe(127);
    expect(r[3]!.exitCode).toBe(0);
    expect(r[4]!.stdout).toBe('/usr/bin/curl\n');
    expect(r[5]!.exitCode).toBe(127);
    expect(r[5]!.stdout + r[5]!.stderr).toContain('"curl": executable file not found in $PATH');
  });

  it('an unknown package is refused as apk refuses it', () => {
    const [, r] = run('docker run -d --name a alpine sleep 1000', 'docker exec a apk add nosuchpkg');
    expect(r!.exitCode).toBe(1);
    expect(r!.stderr).toBe('ERROR: unable to select packages:\n  nosuchpkg (no such package):\n    required by: world[nosuchpkg]\n');
  });

  it('a non-root user cannot lock the apk database', () => {
    const [, r] = run('docker run -d --name a alpine sleep 1000', 'docker exec -u nobody a apk add curl');
    expect(r!.exitCode).toBe(99);
    expect(r!.stdout).toBe('');
    expect(r!.stderr).toBe('ERROR: Unable to lock database: Permission denied\nERROR: Failed to open apk database: Permission denied\n');
  });

  it('--network none: apk cannot fetch its indexes', () => {
    const [r] = run('docker run --rm --network none alpine apk add curl');
    expect(r!.exitCode).toBe(1);
    expect(r!.stderr).toContain('WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.22/main: temporary error (try again later)');
  });

  it('docker commit keeps what was installed; docker diff lists it', () => {
    const r = run(
      'docker run -d --name a alpine sleep 1000',
      'docker exec a apk add curl',
      'docker diff a',
      'docker commit a withcurl',
      'docker run --rm withcurl sh -c "command -v curl"',
      'docker run --rm alpine sh -c "command -v curl"',
    );
    expect(r[2]!.stdout.split('\n')).toContain('A /usr/bin/curl');
    expect(r[4]!.stdout).toBe('/usr/bin/curl\n');
    expect(r[5]!.exitCode).not.toBe(0);
  });

  it('apk is not there in a Debian container', () => {
    const [, r] = run('docker run -d --name d debian sleep 1000', 'docker exec d sh -c "apk add curl"');
    expect(r!.exitCode).toBe(127);
    expect(r!.stderr).toBe('/bin/sh: 1: apk: not found\n');
  });
});
