import { describe, expect, it } from 'vitest';
import { netWorld } from './testing/net-world';

describe('nslookup (busybox) in alpine', () => {
  it('lists every container behind a shared alias from the embedded DNS server', () => {
    const w = netWorld();
    w.network('appnet');
    w.run({ name: 'search1', image: 'nginx:alpine', network: 'appnet', aliases: ['search'] });
    w.run({ name: 'search2', image: 'nginx:alpine', network: 'appnet', aliases: ['search'] });
    w.run({ name: 'box', image: 'alpine', network: 'appnet', cmd: ['sleep', '1000'] });
    expect(w.exec('box', ['nslookup', 'search'])).toEqual({
      stdout: "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tsearch\nAddress: 172.18.0.2\nName:\tsearch\nAddress: 172.18.0.3\n\nNon-authoritative answer:\n*** Can't find search: No answer\n\n",
      stderr: '',
      exitCode: 0,
    });
  });

  it('finds nothing for a container on another network (NXDOMAIN, exit 1)', () => {
    const w = netWorld();
    w.network('frontend');
    w.network('backend');
    w.run({ name: 'db', image: 'alpine', network: 'backend', cmd: ['sleep', '1000'] });
    w.run({ name: 'proxy', image: 'nginx:alpine', network: 'frontend' });
    expect(w.exec('proxy', ['nslookup', 'db'])).toEqual({
      stdout: "Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\n** server can't find db: NXDOMAIN\n\n** server can't find db: NXDOMAIN\n\n",
      stderr: '',
      exitCode: 1,
    });
  });

  it('asks the host resolver on the default bridge', () => {
    const w = netWorld();
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    expect(w.exec('box', ['nslookup', 'example.com']).stdout).toMatch(/^Server:\t\t10\.0\.2\.3\nAddress:\t10\.0\.2\.3:53\n\nNon-authoritative answer:\nName:\texample\.com\nAddress: 23\.192\.228\.80\n/);
  });
});

describe('name tools on the host', () => {
  it('nslookup and dig ask systemd-resolved', () => {
    const w = netWorld();
    expect(w.sh('nslookup example.com').stdout).toBe('Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\nNon-authoritative answer:\nName:\texample.com\nAddress: 23.192.228.80\n\n');
    expect(w.sh('nslookup nothing.test')).toEqual({ stdout: "Server:\t\t127.0.0.53\nAddress:\t127.0.0.53#53\n\n** server can't find nothing.test: NXDOMAIN\n\n", stderr: '', exitCode: 1 });
    expect(w.sh('dig +short example.com').stdout).toBe('23.192.228.80\n');
    expect(w.sh('dig example.com').stdout).toContain(';; ANSWER SECTION:\nexample.com.\t\t300\tIN\tA\t23.192.228.80\n');
  });

  it('getent reads hosts, passwd and group like glibc', () => {
    const w = netWorld();
    expect(w.sh('getent hosts localhost')).toEqual({ stdout: '127.0.0.1       localhost\n', stderr: '', exitCode: 0 });
    expect(w.sh('getent hosts example.com').stdout).toBe('23.192.228.80   example.com\n');
    expect(w.sh('getent hosts nothing.test')).toEqual({ stdout: '', stderr: '', exitCode: 2 });
    expect(w.sh('getent passwd learner').stdout).toMatch(/^learner:x:1000:1000:/);
    expect(w.sh('getent group docker').stdout).toMatch(/^docker:x:\d+:learner\n$/);
    expect(w.sh('getent bogus').stderr).toBe("Unknown database: bogus\nTry `getent --help' or `getent --usage' for more information.\n");
  });

  it('getent in a Debian container prefers the IPv6 localhost line, resolves names on user networks', () => {
    const w = netWorld(['nginx']);
    w.network('appnet');
    w.run({ name: 'web', image: 'nginx', network: 'appnet' });
    w.run({ name: 'peer', image: 'nginx', network: 'appnet' });
    expect(w.exec('peer', ['getent', 'hosts', 'localhost', 'web']).stdout).toBe('::1             localhost ip6-localhost ip6-loopback\n172.18.0.2      web\n');
  });
});
