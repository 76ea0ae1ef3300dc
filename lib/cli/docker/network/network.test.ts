import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from '../container/testing/session';

const LS_HEADER = 'NETWORK ID     NAME      DRIVER    SCOPE\n';

describe('docker network create / ls / rm', () => {
  it('lists the three predefined networks, then a created one in name order', () => {
    const s = dockerSession();
    const before = s.run('docker network ls').stdout;
    expect(before).toMatch(new RegExp(`^${LS_HEADER}[0-9a-f]{12}   bridge    bridge    local\n[0-9a-f]{12}   host      host      local\n[0-9a-f]{12}   none      null      local\n$`));
    runCases(s, [
      { cmd: 'docker network create appnet', out: ID64 },
      { cmd: 'docker network ls --format "{{.Name}}"', out: 'appnet\nbridge\nhost\nnone\n' },
      { cmd: 'docker network ls -q --filter name=app', out: /^[0-9a-f]{12}\n$/ },
      { cmd: 'docker network ls --filter type=custom --format "{{.Name}} {{.Driver}} {{.Scope}} {{.Internal}}"', out: 'appnet bridge local false\n' },
      { cmd: 'docker network ls --no-trunc -q --filter driver=null', out: /^[0-9a-f]{64}\n$/ },
      { cmd: 'docker network ls --filter bogus=1', err: "Error response from daemon: invalid filter 'bogus'\n", exit: 1 },
      { cmd: 'docker network rm appnet', out: 'appnet\n' },
    ]);
  });

  it('reports create errors as the daemon and the client word them', () => {
    runCases(dockerSession(), [
      { cmd: 'docker network create', err: /^docker: 'docker network create' requires 1 argument\n\nUsage:  docker network create \[OPTIONS\] NETWORK\n/, exit: 1 },
      { cmd: 'docker network create appnet', out: ID64 },
      { cmd: 'docker network create appnet', err: 'Error response from daemon: network with name appnet already exists\n', exit: 1 },
      { cmd: 'docker network create -d foo x', err: 'Error response from daemon: plugin "foo" not found\n', exit: 1 },
      { cmd: 'docker network create -d overlay ov', err: 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n', exit: 1 },
      { cmd: 'docker network create -d host h2', err: 'Error response from daemon: only one instance of "host" network is allowed\n', exit: 1 },
      { cmd: 'docker network create bridge', err: 'Error response from daemon: operation is not permitted on predefined bridge network \n', exit: 1 },
      { cmd: 'docker network create --gateway 10.0.0.1 y', err: 'every ip-range or gateway must have a corresponding subnet\n', exit: 1 },
      { cmd: 'docker network create --subnet 10.1.0.0/24 --gateway 10.2.0.1 y', err: 'no matching subnet for gateway 10.2.0.1\n', exit: 1 },
      { cmd: 'docker network create --subnet 172.17.5.0/24 y', err: 'Error response from daemon: invalid pool request: Pool overlaps with other one on this address space\n', exit: 1 },
    ]);
  });

  it('configures subnet, gateway, ip range, internal, labels and options', () => {
    const s = dockerSession();
    runCases(s, [
      { cmd: 'docker network create --subnet 10.10.0.0/24 --gateway 10.10.0.1 --ip-range 10.10.0.128/25 --internal --label tier=db -o com.docker.network.bridge.name=br-lab labnet', out: ID64 },
      { cmd: "docker network inspect -f '{{json .IPAM.Config}} {{.Internal}} {{.Labels.tier}} {{index .Options \"com.docker.network.bridge.name\"}}' labnet", out: '[{"Subnet":"10.10.0.0/24","IPRange":"10.10.0.128/25","Gateway":"10.10.0.1"}] true db br-lab\n' },
      { cmd: 'docker network ls --filter label=tier=db --format "{{.Name}} {{.Labels}} {{.Label \\"tier\\"}}"', out: 'labnet tier=db db\n' },
    ]);
  });

  it('refuses to remove predefined or busy networks, continuing with the others', () => {
    runCases(dockerSession(['nginx:alpine']), [
      { cmd: 'docker network create appnet', out: ID64 },
      { cmd: 'docker run -d --name web --network appnet nginx:alpine', out: ID64 },
      { cmd: 'docker network rm nonet', err: 'Error response from daemon: network nonet not found\nexit status 1\n', exit: 1 },
      { cmd: 'docker network rm -f nonet', out: '' },
      { cmd: 'docker network rm bridge appnet', err: /^Error response from daemon: bridge is a pre-defined network and cannot be removed\nError response from daemon: error while removing network: network appnet has active endpoints \(name:"web" id:"[0-9a-f]{12}"\)\nexit status 1\n$/, exit: 1 },
      { cmd: 'docker rm -f web', out: 'web\n' },
      { cmd: 'docker network remove appnet', out: 'appnet\n' },
    ]);
  });
});

describe('docker network inspect / connect / disconnect', () => {
  it('shows attached containers and follows connect and disconnect', () => {
    runCases(dockerSession(['nginx:alpine', 'alpine']), [
      { cmd: 'docker network create frontend', out: ID64 },
      { cmd: 'docker run -d --name api nginx:alpine', out: ID64 },
      { cmd: 'docker network connect frontend api', out: '' },
      { cmd: "docker network inspect -f '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{end}}' frontend", out: 'api 172.18.0.2/16\n' },
      { cmd: "docker inspect -f '{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}' api", out: 'bridge frontend \n' },
      { cmd: 'docker network connect frontend api', err: 'Error response from daemon: endpoint with name api already exists in network frontend\n', exit: 1 },
      { cmd: 'docker network connect frontend nothere', err: 'Error response from daemon: No such container: nothere\n', exit: 1 },
      { cmd: 'docker network connect nonet api', err: 'Error response from daemon: network nonet not found\n', exit: 1 },
      { cmd: 'docker network connect --alias shop frontend api', err: 'Error response from daemon: endpoint with name api already exists in network frontend\n', exit: 1 },
      { cmd: 'docker network disconnect frontend api', out: '' },
      { cmd: 'docker network disconnect frontend api', err: /^Error response from daemon: container [0-9a-f]{64} is not connected to the network frontend\n$/, exit: 1 },
      { cmd: 'docker network inspect frontend nonet', out: /^\[\n {4}\{\n {8}"Name": "frontend",\n/, err: 'Error response from daemon: network nonet not found\n', exit: 1 },
      { cmd: 'docker network inspect', err: /^docker: 'docker network inspect' requires at least 1 argument/, exit: 1 },
    ]);
  });

  it('gives a fixed address only on networks with a configured subnet', () => {
    runCases(dockerSession(['alpine']), [
      { cmd: 'docker network create --subnet 10.10.0.0/24 labnet', out: ID64 },
      { cmd: 'docker network create appnet', out: ID64 },
      { cmd: 'docker run -d --name fixed --network labnet --ip 10.10.0.50 alpine sleep 1000', out: ID64 },
      { cmd: "docker inspect -f '{{.NetworkSettings.Networks.labnet.IPAddress}}' fixed", out: '10.10.0.50\n' },
      { cmd: 'docker network connect --ip 172.18.0.50 appnet fixed', err: 'Error response from daemon: invalid endpoint settings:\nuser specified IP address is supported only when connecting to networks with user configured subnets\n', exit: 1 },
      { cmd: 'docker network connect --ip 172.17.0.50 bridge fixed', err: 'Error response from daemon: user specified IP address is supported on user defined networks only\n', exit: 1 },
    ]);
  });
});

describe('docker network prune', () => {
  it('asks first, removes unused custom networks, keeps used ones', () => {
    const s = dockerSession(['alpine']);
    runCases(s, [
      { cmd: 'docker network create unused', out: ID64 },
      { cmd: 'docker network create used', out: ID64 },
      { cmd: 'docker run -d --name c --network used alpine sleep 1000', out: ID64 },
      { cmd: 'docker network prune', out: 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ' },
      { cmd: 'no', out: '' },
      { cmd: 'docker network prune < /dev/null', out: 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] \n' },
      { cmd: 'echo n | docker network prune', out: 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] ' },
      { cmd: 'echo y | docker network prune', out: 'WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue? [y/N] Deleted Networks:\nunused\n\n' },
      { cmd: 'docker network prune -f', out: '' },
      { cmd: 'docker network prune -f --filter foo=bar', err: "Error response from daemon: invalid filter 'foo'\n", exit: 1 },
    ]);
    expect(s.run('docker network ls --format "{{.Name}}"').stdout).toBe('bridge\nhost\nnone\nused\n');
  });

  it('filters by label and age', () => {
    runCases(dockerSession(), [
      { cmd: 'docker network create --label keep=yes a', out: ID64 },
      { cmd: 'docker network create b', out: ID64 },
      { cmd: 'docker network prune -f --filter label!=keep=yes', out: 'Deleted Networks:\nb\n\n' },
      { cmd: 'docker network prune -f --filter until=1h', out: '' },
      { cmd: 'sleep 7200', out: '' },
      { cmd: 'docker network prune -f --filter until=1h', out: 'Deleted Networks:\na\n\n' },
    ]);
  });
});
