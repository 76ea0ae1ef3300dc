import { describe, expect, it } from 'vitest';
import { netWorld } from './testing/net-world';

describe('busybox wget in alpine', () => {
  it('prints the page with -qO- by name on a user-defined network, by address on the default bridge', () => {
    const w = netWorld();
    w.network('appnet');
    w.run({ name: 'web', image: 'nginx:alpine', network: 'appnet' });
    w.run({ name: 'web1', image: 'nginx:alpine' });
    w.run({ name: 'box', image: 'alpine', network: 'appnet', cmd: ['sleep', '1000'] });
    w.run({ name: 'web2', image: 'nginx:alpine' });
    expect(w.exec('box', ['wget', '-qO-', 'http://web']).stdout).toContain('<title>Welcome to nginx!</title>');
    expect(w.exec('web2', ['wget', '-qO-', 'http://172.17.0.2']).stdout).toContain('Welcome to nginx!');
    expect(w.exec('web2', ['wget', '-qO-', 'http://web1'])).toEqual({ stdout: '', stderr: "wget: bad address 'web1'\n", exitCode: 1 });
  });

  it('reports refused connections and HTTP errors in BusyBox words', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine' });
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    expect(w.exec('box', ['wget', '-O-', 'http://172.17.0.2:81'])).toEqual({ stdout: '', stderr: "Connecting to 172.17.0.2:81 (172.17.0.2:81)\nwget: can't connect to remote host (172.17.0.2): Connection refused\n", exitCode: 1 });
    expect(w.exec('box', ['wget', '-q', '-O', '-', 'http://172.17.0.2/nope'])).toEqual({ stdout: '', stderr: 'wget: server returned error: HTTP/1.1 404 Not Found\n', exitCode: 1 });
    expect(w.exec('box', ['wget', '-q', '--spider', 'http://172.17.0.2/']).exitCode).toBe(0);
  });

  it('saves index.html, then refuses to overwrite it', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine' });
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    const r = w.exec('box', ['sh', '-c', 'cd /tmp && wget http://172.17.0.2/ && head -1 index.html']);
    expect(r.stderr).toBe("Connecting to 172.17.0.2 (172.17.0.2:80)\nsaving to 'index.html'\nindex.html           100% |********************************|   615  0:00:00 ETA\n'index.html' saved\n");
    expect(r.stdout).toBe('<!DOCTYPE html>\n');
    expect(w.exec('box', ['sh', '-c', 'cd /tmp && wget -q http://172.17.0.2/'])).toEqual({ stdout: '', stderr: "wget: can't open 'index.html': File exists\n", exitCode: 1 });
  });

  it('rejects unknown options with the BusyBox usage', () => {
    const w = netWorld();
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    const r = w.exec('box', ['wget', '--bogus', 'x']);
    expect(r.stderr).toMatch(/^wget: unrecognized option '--bogus'\nBusyBox v1\.37\.0 .*\n\nUsage: wget \[-cqS\]/);
    expect(r.exitCode).toBe(1);
  });
});

describe('GNU wget on the host', () => {
  it('downloads with the dated log and picks index.html.1 next time', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    const r = w.sh('wget localhost:8080');
    expect(r.stderr).toMatch(/^--2026-01-15 09:00:\d\d--  http:\/\/localhost:8080\/\nResolving localhost \(localhost\)\.\.\. 127\.0\.0\.1\nConnecting to localhost \(localhost\)\|127\.0\.0\.1\|:8080\.\.\. connected\.\nHTTP request sent, awaiting response\.\.\. 200 OK\nLength: 615 \[text\/html\]\nSaving to: ‘index\.html’\n\n/);
    expect(w.sh('wget -q localhost:8080 && ls -1').stdout).toBe('index.html\nindex.html.1\n');
    expect(w.sh('wget -qO- localhost:8080/nope')).toEqual({ stdout: '', stderr: '', exitCode: 8 });
    expect(w.sh('wget nowhere.test').stderr).toContain('wget: unable to resolve host address ‘nowhere.test’\n');
    expect(w.sh('wget -q localhost:1').exitCode).toBe(4);
  });
});
