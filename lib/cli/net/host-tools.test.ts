import { describe, expect, it } from 'vitest';
import { netWorld } from './testing/net-world';

describe('hostname', () => {
  it('-i is 127.0.1.1 on the host and the container address inside; -I lists the host addresses', () => {
    const w = netWorld(['alpine', 'nginx']);
    expect(w.sh('hostname -i').stdout).toBe('127.0.1.1\n');
    expect(w.sh('hostname -I').stdout).toBe('10.0.2.15 172.17.0.1 \n');
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    w.run({ name: 'deb', image: 'nginx' });
    expect(w.exec('box', ['hostname', '-i']).stdout).toBe('172.17.0.2\n');
    expect(w.exec('deb', ['hostname', '-I']).stdout).toBe('172.17.0.3 \n');
    expect(w.exec('box', ['hostname', 'other'])).toEqual({ stdout: '', stderr: 'hostname: sethostname: Operation not permitted\n', exitCode: 1 });
  });
});

describe('ss and netstat', () => {
  it('ss shows docker-proxy listening on each published port; processes only for root', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    const plain = w.sh('ss -tlnp').stdout;
    expect(plain.split('\n')[0]).toBe('State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess');
    expect(plain).toContain('LISTEN 0      4096         0.0.0.0:8080      0.0.0.0:*   \n');
    expect(plain).not.toContain('docker-proxy');
    expect(w.sh('sudo ss -tlnp').stdout).toMatch(/LISTEN 0 {6}4096 {9}0\.0\.0\.0:8080 {6}0\.0\.0\.0:\* {3}users:\(\("docker-proxy",pid=\d+,fd=7\)\)\n/);
    expect(w.sh('ss -tl').stdout).toContain('0.0.0.0:http-alt');
  });

  it('busybox netstat inside nginx:alpine lists nginx on port 80', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine' });
    expect(w.exec('web', ['netstat', '-tln']).stdout).toBe(
      'Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \n' +
        'tcp        0      0 0.0.0.0:80              0.0.0.0:*               LISTEN      \n' +
        'tcp        0      0 :::80                   :::*                    LISTEN      \n',
    );
  });
});

describe('iptables', () => {
  it('needs root', () => {
    const w = netWorld();
    expect(w.sh('iptables -t nat -L -n')).toEqual({ stdout: '', stderr: 'iptables v1.8.10 (nf_tables): Could not fetch rule set generation id: Permission denied (you must be root)\n', exitCode: 4 });
  });

  it('lists one DNAT rule per published port in the DOCKER chain of the nat table', () => {
    const w = netWorld();
    w.run({ name: 'web', image: 'nginx:alpine', ports: { '80': '8080' } });
    w.run({ name: 'local', image: 'nginx:alpine', ports: { '80': '8081' }, hostIp: '127.0.0.1' });
    const nat = w.sh('sudo iptables -t nat -L -n').stdout;
    expect(nat).toContain('Chain PREROUTING (policy ACCEPT)\ntarget     prot opt source               destination         \nDOCKER     all  --  0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL\n');
    expect(nat).toContain('MASQUERADE  all  --  172.17.0.0/16        0.0.0.0/0            \n');
    expect(nat).toContain('Chain DOCKER (2 references)\ntarget     prot opt source               destination         \nDNAT       tcp  --  0.0.0.0/0            0.0.0.0/0            tcp dpt:8080 to:172.17.0.2:80\nDNAT       tcp  --  0.0.0.0/0            127.0.0.1            tcp dpt:8081 to:172.17.0.3:80\n');
    expect(w.sh('sudo iptables -L FORWARD -n').stdout).toBe('Chain FORWARD (policy DROP)\ntarget     prot opt source               destination         \nDOCKER-USER  all  --  0.0.0.0/0            0.0.0.0/0            \nDOCKER-FORWARD  all  --  0.0.0.0/0            0.0.0.0/0            \n');
  });
});
