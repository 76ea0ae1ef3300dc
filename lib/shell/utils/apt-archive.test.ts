/** apt on Debian images: deb.debian.org and Debian versions, empty lists until `apt-get update`. */
import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';
import { runScript } from '../runner';

function run(...lines: string[]) {
  const session = createHostSession({ stepMs: 0 });
  return runScript(lines.join('\n'), () => session);
}

describe('apt-get in a Debian container', () => {
  it('cannot locate a package before apt-get update (the image ships empty lists)', () => {
    const [, r] = run('docker run -d --name web debian:bookworm sleep 1000', 'docker exec web apt-get install -y curl');
    expect(r!.exitCode).toBe(100);
    expect(r!.stderr).toBe('E: Unable to locate package curl\n');
  });

  it('update fetches from deb.debian.org for the image release; install then takes Debian versions', () => {
    const r = run(
      'docker run -d --name web debian:bookworm sleep 1000',
      'docker exec web apt-get update',
      'docker exec web apt-get install -y curl',
      'docker exec web sh -c "command -v curl"',
    );
    expect(r[1]!.stdout.split('\n').slice(0, 3)).toEqual([
      'Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]',
      'Get:2 http://deb.debian.org/debian bookworm-updates InRelease [55.4 kB]',
      'Get:3 http://deb.debian.org/debian-security bookworm-security InRelease [48.0 kB]',
    ]);
    expect(r[1]!.stdout).not.toContain('ubuntu');
    expect(r[2]!.exitCode).toBe(0);
    expect(r[2]!.stdout).toContain('Get:1 http://deb.debian.org/debian bookworm/main amd64 curl amd64 7.88.1-10+deb12u12 [');
    expect(r[2]!.stdout).toContain('Setting up curl (7.88.1-10+deb12u12) ...\n');
    expect(r[3]!.stdout).toBe('/usr/bin/curl\n');
  });

  it('an unknown package stops the install with apt’s error', () => {
    const r = run('docker run -d --name web debian:trixie sleep 1000', 'docker exec web apt-get update', 'docker exec web apt-get install -y curl nosuch');
    expect(r[1]!.stdout).toContain('Get:1 http://deb.debian.org/debian trixie InRelease');
    expect(r[2]!.exitCode).toBe(100);
    expect(r[2]!.stderr).toBe('E: Unable to locate package nosuch\n');
  });

  it('a non-root user cannot take the dpkg lock', () => {
    const [, r] = run('docker run -d --name web debian sleep 1000', 'docker exec -u nobody web apt-get install -y curl');
    expect(r!.exitCode).toBe(100);
    expect(r!.stderr).toContain('E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), are you root?');
  });

  it('Ubuntu images keep the Ubuntu archive', () => {
    const [r] = run('docker run --rm ubuntu apt-get update');
    expect(r!.stdout).toContain('Get:1 http://archive.ubuntu.com/ubuntu noble InRelease [256 kB]');
  });
});
