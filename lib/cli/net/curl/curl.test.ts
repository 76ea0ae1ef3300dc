import { describe, expect, it } from 'vitest';
import { netWorld } from '../testing/net-world';

describe('curl from the host', () => {
  it('fetches a published nginx port on localhost, 127.0.0.1 and the host address', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    for (const url of ['http://localhost:8080', 'localhost:8080/', '127.0.0.1:8080', 'http://10.0.2.15:8080/']) {
      const r = w.sh(`curl -s ${url}`);
      expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
      expect(r.exitCode).toBe(0);
    }
  });

  it('reports a closed port, an unknown host and a bad URL with curl 8 words and codes', () => {
    const w = netWorld();
    const cases: Array<[string, string, number]> = [
      ['curl http://localhost:8080', "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n", 7],
      ['curl web', 'curl: (6) Could not resolve host: web\n', 6],
      ['curl http://localhost:99999', 'curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n', 3],
      ['curl http://', 'curl: (3) URL rejected: No host part in the URL\n', 3],
      ['curl ftpx://a', 'curl: (1) Protocol "ftpx" not supported\n', 1],
      ['curl', "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
      ['curl --bogus x', "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
      ['curl -o', "curl: option -o: requires parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n", 2],
    ];
    for (const [line, err, code] of cases) {
      const r = w.sh(line);
      expect([line, r.stderr, r.exitCode]).toEqual([line, err, code]);
      expect(r.stdout).toBe('');
    }
  });

  it('hides errors with -s, shows them again with -sS', () => {
    const w = netWorld();
    expect(w.sh('curl -s localhost:1')).toEqual({ stdout: '', stderr: '', exitCode: 7 });
    expect(w.sh('curl -sS localhost:1').stderr).toBe("curl: (7) Failed to connect to localhost port 1 after 0 ms: Couldn't connect to server\n");
  });

  it('prints headers with -i and only headers with -I (CRLF, as on the wire)', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    const head = w.sh('curl -I localhost:8080').stdout;
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\nServer: nginx\/[\d.]+\r\n/);
    expect(head.endsWith('\r\n\r\n')).toBe(true);
    expect(head).not.toContain('Welcome');
    const inc = w.sh('curl -si localhost:8080').stdout;
    expect(inc).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n<!DOCTYPE html>/);
  });

  it('fails with -f on HTTP errors (22) and prints nothing of the body', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    expect(w.sh('curl -s localhost:8080/nope').stdout).toContain('404 Not Found');
    const r = w.sh('curl -f localhost:8080/nope');
    expect(r).toEqual({ stdout: '', stderr: 'curl: (22) The requested URL returned error: 404\n', exitCode: 22 });
    expect(w.sh('curl -sf localhost:8080/nope').stderr).toBe('');
  });

  it('writes -w variables, even after a failure', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    expect(w.sh(`curl -s -o /dev/null -w '%{http_code} %{content_type}\\n' localhost:8080`).stdout).toBe('200 text/html\n');
    expect(w.sh(`curl -s -w '%{http_code}' localhost:1`)).toEqual({ stdout: '000', stderr: '', exitCode: 7 });
  });

  it('saves to a file with -o and shows the progress meter', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    const r = w.sh('curl -o page.html localhost:8080');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n {33}Dload  Upload   Total   Spent    Left  Speed\n100   615  100   615    0     0   600k      0 --:--:-- --:--:-- --:--:--  600k\n$/);
    expect(w.sh('cat page.html').stdout).toContain('Welcome to nginx!');
    expect(w.sh('curl -sO localhost:8080/index.html && ls index.html').stdout).toBe('index.html\n');
  });

  it('traces the exchange with -v on stderr', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    const r = w.sh('curl -v localhost:8080');
    expect(r.stderr).toMatch(/^\* {3}Trying 127\.0\.0\.1:8080\.\.\.\n\* Connected to localhost \(127\.0\.0\.1\) port 8080\n> GET \/ HTTP\/1\.1\n> Host: localhost:8080\n> User-Agent: curl\/8\.5\.0\n> Accept: \*\/\*\n> \n< HTTP\/1\.1 200 OK\n/);
    expect(r.stderr).toMatch(/< \n\* Connection #0 to host localhost left intact\n$/);
    expect(r.stdout).toContain('Welcome to nginx!');
  });

  it('follows redirects only with -L', () => {
    const w = netWorld();
    expect(w.sh('curl -s -o /dev/null -w "%{http_code}" http://google.com').stdout).toBe('301');
    const r = w.sh('curl -sL -w "%{http_code} %{num_redirects} %{url_effective}" http://google.com -o /dev/null');
    expect(r.stdout).toBe('200 1 http://www.google.com/');
  });

  it('reads file:// URLs from the machine', () => {
    const w = netWorld();
    expect(w.sh('curl -s file:///etc/hostname').stdout).toBe('dockerlings\n');
    expect(w.sh('curl file:///nope').stderr).toBe("curl: (37) Couldn't open file /nope\n");
  });

  it('times out on a cut-off address, advancing the clock', () => {
    const w = netWorld();
    const before = w.eng.world.clock;
    expect(w.sh('curl --connect-timeout 3 http://10.9.9.9').stderr).toBe('curl: (28) Failed to connect to 10.9.9.9 port 80 after 3001 ms: Timeout was reached\n');
    expect(w.eng.world.clock - before).toBeGreaterThanOrEqual(3001);
    expect(w.sh('curl -m 2 http://10.9.9.9').stderr).toBe('curl: (28) Connection timed out after 2001 milliseconds\n');
    expect(w.sh('curl http://10.9.9.9').stderr).toMatch(/^curl: \(28\) Failed to connect to 10\.9\.9\.9 port 80 after 134\d{3} ms: Couldn't connect to server\n$/);
  });
});

describe('curl inside containers', () => {
  it('exists in nginx images, not in alpine', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine' });
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    expect(w.exec('web', ['curl', '-s', 'http://localhost/']).stdout).toContain('Welcome to nginx!');
    const r = w.exec('box', ['sh', '-c', 'curl http://web']);
    expect(r).toEqual({ stdout: '', stderr: 'sh: curl: not found\n', exitCode: 127 });
  });

  it('resolves container names on user-defined networks only', () => {
    const w = netWorld();
    w.network('appnet');
    w.run({ name: 'web', image: 'nginx:alpine', network: 'appnet' });
    w.run({ name: 'client', image: 'nginx:alpine', network: 'appnet' });
    w.run({ name: 'other', image: 'nginx:alpine' });
    expect(w.exec('client', ['curl', '-s', 'web']).stdout).toContain('Welcome to nginx!');
    expect(w.exec('other', ['curl', 'web']).stderr).toBe('curl: (6) Could not resolve host: web\n');
  });

  it('sends curl 8.14 as the user agent from alpine-based images', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine' });
    expect(w.exec('web', ['curl', '-sv', 'localhost']).stderr).toContain('> User-Agent: curl/8.14.1\n');
  });
});

describe('curl --unix-socket /var/run/docker.sock (the Engine API)', () => {
  it('answers the API from the engine state, with the daemon headers', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    const list = JSON.parse(w.sh('curl -s --unix-socket /var/run/docker.sock http://localhost/v1.50/containers/json').stdout) as Array<{ Names: string[]; State: string; Ports: unknown[] }>;
    expect(list.map((c) => [c.Names, c.State])).toEqual([[['/web'], 'running']]);
    expect(w.sh('curl -s --unix-socket /var/run/docker.sock http://localhost/_ping').stdout).toBe('OK');
    expect(JSON.parse(w.sh('curl -s --unix-socket /var/run/docker.sock localhost/version').stdout)).toMatchObject({ Version: '28.2.2', ApiVersion: '1.50' });
    const head = w.sh('curl -sI --unix-socket /var/run/docker.sock http://localhost/info').stdout;
    expect(head).toMatch(/^HTTP\/1\.1 200 OK\r\nApi-Version: 1\.50\r\nContent-Type: application\/json\r\nDocker-Experimental: false\r\nOstype: linux\r\nServer: Docker\/28\.2\.2 \(linux\)\r\n/);
    expect(w.sh('curl -s --unix-socket /var/run/docker.sock http://localhost/v1.51/info').stdout).toBe('{"message":"client version 1.51 is too new. Maximum supported API version is 1.50"}\n');
    expect(w.sh('curl -s -w " %{http_code}" --unix-socket /var/run/docker.sock http://localhost/containers/nothere/json').stdout).toBe('{"message":"No such container: nothere"}\n 404');
    expect(w.sh('curl --unix-socket /tmp/none.sock http://localhost/_ping')).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to localhost port 80 after 0 ms: Couldn't connect to server\n", exitCode: 7 });
  });
});
