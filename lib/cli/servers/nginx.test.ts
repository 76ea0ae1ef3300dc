import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../host';

const conf = (root: string, extra = '') => `server {\n    listen       80;\n${extra}    location / {\n        root   ${root};\n        index  index.html;\n    }\n}\n`;

/** nginx with its conf.d bind-mounted from the learner's ./conf, two sites to switch between. */
function withNginx() {
  const h = createHostSession({
    stepMs: 0,
    files: { 'conf/default.conf': conf('/usr/share/nginx/html'), 'site/index.html': '<h1>my site</h1>\n' },
  });
  h.run('docker run -d --name web -p 8080:80 -v ./conf:/etc/nginx/conf.d -v ./site:/srv/site nginx >/dev/null 2>&1');
  return h;
}

describe('nginx inside the nginx image', () => {
  it('prints its version on stderr (-v) and the build details with -V', () => {
    const h = withNginx();
    expect(h.run('docker exec web nginx -v')).toMatchObject({ stdout: '', stderr: 'nginx version: nginx/1.29.1\n', exitCode: 0 });
    const full = h.run('docker exec web nginx -V');
    expect(full.stderr).toMatch(/^nginx version: nginx\/1\.29\.1\nbuilt by gcc 12\.2\.0 \(Debian 12\.2\.0-14\+deb12u1\) \n/);
    expect(full.stderr).toMatch(/\nconfigure arguments: --prefix=\/etc\/nginx --sbin-path=\/usr\/sbin\/nginx .*--conf-path=\/etc\/nginx\/nginx\.conf /);
    expect(h.run('docker run --rm nginx:1.27 nginx -v 2>&1 | tail -1').stdout).toBe('nginx version: nginx/1.27.5\n');
  });

  it('tests the configuration: ok on stderr, or the emerg line with file and line number and exit 1', () => {
    const h = withNginx();
    expect(h.run('docker exec web nginx -t')).toMatchObject({
      stdout: '',
      stderr: 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n',
      exitCode: 0,
    });
    h.rootFs.writeFile('/home/learner/conf/default.conf', conf('/srv/site', '    foo bar;\n'));
    const bad = h.run('docker exec web nginx -t');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[emerg\] \d+#\d+: unknown directive "foo" in \/etc\/nginx\/conf\.d\/default\.conf:3\n/);
    expect(bad.stderr).toContain('\nnginx: [emerg] unknown directive "foo" in /etc/nginx/conf.d/default.conf:3\nnginx: configuration file /etc/nginx/nginx.conf test failed\n');
    h.rootFs.writeFile('/home/learner/conf/default.conf', 'server {\n    listen 80;\n');
    expect(h.run('docker exec web nginx -t').stderr).toContain('nginx: [emerg] unexpected end of file, expecting "}" in /etc/nginx/conf.d/default.conf:3\n');
    h.rootFs.writeFile('/home/learner/conf/default.conf', 'server {\n    listen 80;\n}\n}\n');
    expect(h.run('docker exec web nginx -t').stderr).toContain('nginx: [emerg] unexpected "}" in /etc/nginx/conf.d/default.conf:4\n');
  });

  it('-T dumps every configuration file after the test', () => {
    const h = withNginx();
    const r = h.run('docker exec web nginx -T');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/^# configuration file \/etc\/nginx\/nginx\.conf:\n\nuser  nginx;\n/);
    expect(r.stdout).toContain('# configuration file /etc/nginx/mime.types:\n');
    expect(r.stdout).toContain(`# configuration file /etc/nginx/conf.d/default.conf:\n${conf('/usr/share/nginx/html')}`);
  });

  it('serves the loaded configuration until -s reload, which re-reads it; a broken one is logged and the old one kept', () => {
    const h = withNginx();
    expect(h.run('curl -s localhost:8080').stdout).toContain('Welcome to nginx!');
    h.rootFs.writeFile('/home/learner/conf/default.conf', conf('/srv/site'));
    expect(h.run('curl -s localhost:8080').stdout).toContain('Welcome to nginx!');
    const reload = h.run('docker exec web nginx -s reload');
    expect(reload.exitCode).toBe(0);
    expect(reload.stderr).toMatch(/^\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d \[notice\] \d+#\d+: signal process started\n$/);
    expect(h.run('curl -s localhost:8080').stdout).toBe('<h1>my site</h1>\n');
    expect(h.run('docker logs web 2>&1 | grep -c "reconfiguring"').stdout).toBe('2\n');

    h.rootFs.writeFile('/home/learner/conf/default.conf', conf('/usr/share/nginx/html', '    lisen 81;\n'));
    const broken = h.run('docker exec web nginx -s reload');
    expect(broken.exitCode).toBe(1);
    expect(broken.stderr).toContain('nginx: [emerg] unknown directive "lisen" in /etc/nginx/conf.d/default.conf:3\n');
    expect(h.run('curl -s localhost:8080').stdout).toBe('<h1>my site</h1>\n');
    h.run('docker kill -s HUP web');
    expect(h.run('docker logs web 2>&1 | tail -1').stdout).toMatch(/ \[emerg\] 1#1: unknown directive "lisen" in \/etc\/nginx\/conf\.d\/default\.conf:3\n$/);
    expect(h.run('curl -s localhost:8080').stdout).toBe('<h1>my site</h1>\n');
    expect(h.run('docker ps --format "{{.Status}}"').stdout).toMatch(/^Up /);
  });

  it('-s stop ends the master, so the container exits 0; -s quit shuts down gracefully', () => {
    const h = withNginx();
    expect(h.run('docker exec web nginx -s stop').exitCode).toBe(0);
    expect(h.run('docker ps -a --format "{{.Status}}"').stdout).toMatch(/^Exited \(0\) /);
    expect(h.run('docker logs web 2>&1 | grep -c "signal 15 (SIGTERM) received"').stdout).toBe('1\n');
    h.run('docker start web');
    expect(h.run('docker exec web nginx -s quit').exitCode).toBe(0);
    expect(h.run('docker logs web 2>&1 | grep -c "gracefully shutting down"').stdout).not.toBe('0\n');
    expect(h.run('docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" web').stdout).toBe('exited 0\n');
  });

  it('-s without a running master: the pid file is missing or empty', () => {
    const h = createHostSession({ stepMs: 0 });
    h.run('docker run -d --name box nginx sleep 1000 >/dev/null 2>&1');
    const missing = h.run('docker exec box nginx -s reload');
    expect(missing.exitCode).toBe(1);
    expect(missing.stderr).toContain('\nnginx: [error] open() "/run/nginx.pid" failed (2: No such file or directory)\n');
    h.run('docker exec box touch /run/nginx.pid');
    expect(h.run('docker exec box nginx -s reload').stderr).toMatch(/\nnginx: \[error\] invalid PID number "" in "\/run\/nginx\.pid"\n$/);
  });

  it('finds the master through nginx.conf\'s pid directive (/tmp/nginx.pid in nginx-unprivileged)', () => {
    const h = createHostSession({ stepMs: 0 });
    h.run('docker run -d --name u nginxinc/nginx-unprivileged >/dev/null 2>&1');
    expect(h.run('docker exec u cat /tmp/nginx.pid').stdout).toBe('1\n');
    expect(h.run('docker exec u nginx -s reload').exitCode).toBe(0);
    expect(h.run('docker logs u 2>&1 | grep -c "reconfiguring"').stdout).toBe('2\n');
    expect(h.run('docker logs u 2>&1 | grep 10-listen').stdout).toContain('Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf\n');
  });

  it('rejects options as nginx does', () => {
    const h = withNginx();
    expect(h.run('docker exec web nginx -x')).toMatchObject({ stderr: 'nginx: invalid option: "x"\n', exitCode: 1 });
    expect(h.run('docker exec web nginx reload')).toMatchObject({ stderr: 'nginx: invalid option: "reload"\n', exitCode: 1 });
    expect(h.run('docker exec web nginx -s restart')).toMatchObject({ stderr: 'nginx: invalid option: "-s restart"\n', exitCode: 1 });
    expect(h.run('docker exec web nginx -s')).toMatchObject({ stderr: 'nginx: option "-s" requires parameter\n', exitCode: 1 });
    const help = h.run('docker exec web nginx -h');
    expect(help.exitCode).toBe(0);
    expect(help.stderr).toContain('Usage: nginx [-?hvVtTq] [-s signal] [-p prefix]\n');
  });

  it('a second nginx cannot bind the ports the master holds', () => {
    const h = withNginx();
    const r = h.run('docker exec web nginx -g "daemon off;"');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/nginx: \[emerg\] bind\(\) to 0\.0\.0\.0:80 failed \(98: Address already in use\)\n/);
    expect(r.stderr).toMatch(/nginx: \[emerg\] still could not bind\(\)\n$/);
  });

  it('a main process with a broken configuration exits 1 with the emerg lines in its log', () => {
    const h = createHostSession({ stepMs: 0, files: { 'conf/default.conf': 'server {\n    listen 80;\n    bogus on;\n}\n' } });
    h.run('docker run -d --name web -v ./conf:/etc/nginx/conf.d nginx >/dev/null 2>&1');
    expect(h.run('docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" web').stdout).toBe('exited 1\n');
    expect(h.run('docker logs web 2>&1 | tail -1').stdout).toBe('nginx: [emerg] unknown directive "bogus" in /etc/nginx/conf.d/default.conf:3\n');
    const t = h.run('docker run --rm -v ./conf:/etc/nginx/conf.d nginx nginx -t');
    expect(t.exitCode).toBe(1);
    expect(t.stderr).toContain('nginx: configuration file /etc/nginx/nginx.conf test failed\n');
  });
});
