import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

const session = () => createHostSession({ stepMs: 0 });
/** stdout and exit of a command whose pull progress (stderr) is not of interest. */
const quiet = (h: ReturnType<typeof session>, cmd: string) => {
  const r = h.run(cmd);
  return { stdout: r.stdout, exitCode: r.exitCode };
};

describe('server programs print their versions instead of serving', () => {
  it('redis-server --version / -v, from docker exec and as the main process, with the tag’s version', () => {
    const h = session();
    h.run('docker run -d --name r redis >/dev/null 2>&1');
    const line = /^Redis server v=8\.2\.0 sha=00000000:0 malloc=jemalloc-5\.3\.0 bits=64 build=[0-9a-f]{16}\n$/;
    expect(h.run('docker exec r redis-server --version').stdout).toMatch(line);
    expect(h.run('docker exec r redis-server -v').stdout).toMatch(line);
    expect(quiet(h, 'docker run --rm redis redis-server --version').stdout).toMatch(line);
    expect(quiet(h, 'docker run --rm redis:7.4.5 redis-server --version').stdout).toMatch(/^Redis server v=7\.4\.5 /);
    expect(h.run('docker ps -a --format "{{.Names}}"').stdout).toBe('r\n');
  });

  it('postgres --version skips the entrypoint’s initialisation (no password needed)', () => {
    const h = session();
    expect(quiet(h, 'docker run --rm postgres postgres --version')).toEqual({ stdout: 'postgres (PostgreSQL) 17.5 (Debian 17.5-1.pgdg120+1)\n', exitCode: 0 });
    expect(quiet(h, 'docker run --rm postgres:16 postgres -V').stdout).toMatch(/^postgres \(PostgreSQL\) 16\.9 \(Debian 16\.9-\S+\)\n$/);
    h.run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres >/dev/null 2>&1');
    expect(h.run('docker exec db postgres --version').stdout).toBe('postgres (PostgreSQL) 17.5 (Debian 17.5-1.pgdg120+1)\n');
  });

  it('mysqld and mariadbd --version', () => {
    const h = session();
    expect(quiet(h, 'docker run --rm mysql:8.4 mysqld --version').stdout).toBe('/usr/sbin/mysqld  Ver 8.4.6 for Linux on x86_64 (MySQL Community Server - GPL)\n');
    expect(quiet(h, 'docker run --rm mariadb mariadbd --version').stdout).toBe('mariadbd  Ver 11.8.2-MariaDB-ubu2404 for debian-linux-gnu on x86_64 (mariadb.org binary distribution)\n');
    expect(quiet(h, 'docker run --rm mariadb:10.11 mariadbd --version').stdout).toBe('mariadbd  Ver 10.11.13-MariaDB-ubu2204 for debian-linux-gnu on x86_64 (mariadb.org binary distribution)\n');
  });

  it('traefik version runs through the image’s entrypoint', () => {
    const h = session();
    expect(quiet(h, 'docker run --rm traefik:v3.6 version').stdout).toBe('Version:      3.6.2\nCodename:     ramequin\nGo version:   go1.24.5\nBuilt:        2025-07-23T09:11:04Z\nOS/Arch:      linux/amd64\n');
    expect(quiet(h, 'docker run --rm traefik:v2.11 traefik version').stdout).toMatch(/^Version:      2\.11\.28\nCodename:     mimolette\n/);
  });

  it('prometheus --version through the image’s entrypoint, and inside a running one', () => {
    const h = session();
    expect(quiet(h, 'docker run --rm prom/prometheus --version').stdout).toMatch(/^prometheus, version 3\.5\.0 \(branch: HEAD, revision: [0-9a-f]{40}\)\n  build user: /);
    h.run('docker run -d --name p prom/prometheus >/dev/null 2>&1');
    expect(h.run('docker exec p prometheus --version').stdout).toMatch(/^prometheus, version 3\.5\.0 /);
    expect(h.run('docker exec p prometheus --web.listen-address=:9091')).toMatchObject({ exitCode: 1 });
  });

  it('a program the image does not have is not found', () => {
    const h = session();
    const r = h.run('docker run --rm alpine redis-server --version');
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toContain('exec: "redis-server": executable file not found in $PATH');
  });
});

describe('httpd and apachectl', () => {
  it('httpd -v on stdout; httpd -t warns about ServerName and says Syntax OK on stderr', () => {
    const h = session();
    expect(quiet(h, 'docker run --rm httpd httpd -v')).toEqual({ stdout: 'Server version: Apache/2.4.65 (Unix)\nServer built:   Jul 23 2025 18:30:00\n', exitCode: 0 });
    h.run('docker run -d --name web httpd >/dev/null 2>&1');
    const t = h.run('docker exec web httpd -t');
    expect(t).toMatchObject({ stdout: '', exitCode: 0 });
    expect(t.stderr).toMatch(/^AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172\.17\.0\.\d+\. Set the 'ServerName' directive globally to suppress this message\nSyntax OK\n$/);
    expect(h.run('docker exec web httpd -V').stdout).toContain('Server MPM:     event\n');
  });

  it('apachectl -k graceful restarts the workers without stopping the container', () => {
    const h = session();
    h.run('docker run -d --name web httpd >/dev/null 2>&1');
    expect(h.run('docker exec web apachectl -k graceful').exitCode).toBe(0);
    expect(h.run('docker logs web 2>&1 | grep -c "AH00493: SIGUSR1 received.  Doing graceful restart"').stdout).toBe('1\n');
    expect(h.run('docker inspect -f "{{.State.Running}}" web').stdout).toBe('true\n');
    h.run('docker exec web apachectl -k stop');
    expect(h.run('docker inspect -f "{{.State.Running}} {{.State.ExitCode}}" web').stdout).toBe('false 0\n');
  });
});

describe('the data stores’ service accounts', () => {
  it('exist in the images as on Docker Hub (uid 999), so names show inside and numbers in docker top', () => {
    const h = session();
    h.run('docker run -d --name r redis >/dev/null 2>&1');
    expect(h.run('docker exec r id redis').stdout).toBe('uid=999(redis) gid=999(redis) groups=999(redis)\n');
    expect(h.run('docker exec r grep redis /etc/passwd').stdout).toBe('redis:x:999:999::/home/redis:/bin/sh\n');
    expect(h.run('docker top r -o pid,user,uid').stdout).toMatch(/\n\d+ +999 +999\n$/);
    expect(h.run('docker run --rm redis:alpine id redis').stdout).toBe('uid=999(redis) gid=1000(redis) groups=1000(redis)\n');
    h.run('docker run -d --name db -e POSTGRES_PASSWORD=pw postgres >/dev/null 2>&1');
    expect(h.run('docker exec db id postgres').stdout).toBe('uid=999(postgres) gid=999(postgres) groups=999(postgres)\n');
    expect(h.run('docker exec db ls -ld /var/run/postgresql').stdout).toMatch(/^drwxrwsrwt \d+ postgres postgres /);
    expect(h.run('docker run --rm mysql id mysql').stdout).toBe('uid=999(mysql) gid=999(mysql) groups=999(mysql)\n');
    expect(h.run('docker run --rm mariadb id mysql').stdout).toBe('uid=999(mysql) gid=999(mysql) groups=999(mysql)\n');
    expect(h.run('docker run --rm mariadb id ubuntu').exitCode).toBe(0);
    expect(h.run('docker run --rm mongo:7 id mongodb').stdout).toBe('uid=999(mongodb) gid=999(mongodb) groups=999(mongodb)\n');
  });
});
