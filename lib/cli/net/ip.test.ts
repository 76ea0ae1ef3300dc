import { describe, expect, it } from 'vitest';
import { netWorld } from './testing/net-world';

describe('ip inside containers (busybox)', () => {
  it('shows lo and eth0@ifN with the container address, and the default route via the bridge', () => {
    const w = netWorld();
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    const addr = w.exec('box', ['ip', 'addr']).stdout;
    expect(addr).toMatch(/^1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    link\/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127\.0\.0\.1\/8 scope host lo\n/);
    expect(addr).toMatch(/\n(\d+): eth0@if(\d+): <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1500 qdisc noqueue state UP \n    link\/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff\n    inet 172\.17\.0\.2\/16 brd 172\.17\.255\.255 scope global eth0\n/);
    expect(w.exec('box', ['ip', 'route']).stdout).toBe('default via 172.17.0.1 dev eth0 \n172.17.0.0/16 dev eth0 scope link  src 172.17.0.2 \n');
  });

  it('has only loopback with --network none, and no default route on an internal network', () => {
    const w = netWorld();
    w.network('isolated', { internal: true });
    w.run({ name: 'none', image: 'alpine', network: 'none', cmd: ['sleep', '1000'] });
    w.run({ name: 'inner', image: 'alpine', network: 'isolated', cmd: ['sleep', '1000'] });
    expect(w.exec('none', ['ip', 'addr']).stdout.match(/^\d+: /gm)).toEqual(['1: ']);
    expect(w.exec('none', ['ip', 'route']).stdout).toBe('');
    expect(w.exec('inner', ['ip', 'route']).stdout).toBe('172.18.0.0/16 dev eth0 scope link  src 172.18.0.2 \n');
  });

  it('pairs each container eth0 with a host veth plugged into its bridge', () => {
    const w = netWorld();
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    const inside = /(\d+): eth0@if(\d+)/.exec(w.exec('box', ['ip', 'link']).stdout)!;
    const host = w.sh('ip link show type veth').stdout;
    expect(host).toMatch(new RegExp(`^${inside[2]}: veth[0-9a-f]{7}@if${inside[1]}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP group default \\n    link/ether [0-9a-f:]{17} brd ff:ff:ff:ff:ff:ff link-netnsid 0\\n$`));
  });
});

describe('ip on the host (iproute2)', () => {
  it('lists docker0 down until a container is attached, with a linkdown route', () => {
    const w = netWorld();
    expect(w.sh('ip addr show docker0').stdout).toMatch(/^3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN group default \n    link\/ether 02:42:[0-9a-f:]{11} brd ff:ff:ff:ff:ff:ff\n    inet 172\.17\.0\.1\/16 brd 172\.17\.255\.255 scope global docker0\n       valid_lft forever preferred_lft forever\n$/);
    expect(w.sh('ip route').stdout).toContain('172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown \n');
    w.run({ name: 'box', image: 'alpine', cmd: ['sleep', '1000'] });
    expect(w.sh('ip -br addr show docker0').stdout).toBe('docker0          UP             172.17.0.1/16 \n');
  });

  it('adds a br- bridge per user-defined network and errors for unknown devices', () => {
    const w = netWorld();
    w.network('appnet');
    const id = w.eng.world.hosts[0]!.networks;
    const appnet = Object.values(id).find((n) => n.name === 'appnet')!;
    expect(w.sh('ip -4 -br addr').stdout).toContain(`br-${appnet.id.slice(0, 12)}  DOWN           172.18.0.1/16 \n`);
    expect(w.sh('ip addr show eth9')).toEqual({ stdout: '', stderr: 'Device "eth9" does not exist.\n', exitCode: 1 });
    expect(w.sh('ip bogus')).toEqual({ stdout: '', stderr: 'Object "bogus" is unknown, try "ip help".\n', exitCode: 255 });
  });
});
