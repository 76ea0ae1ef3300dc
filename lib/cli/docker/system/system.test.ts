import { describe, expect, it } from 'vitest';
import { dockerSession, ID64, runCases } from '../container/testing/session';

describe('docker version / info', () => {
  it('prints the docker 28.2.2 client and server blocks aligned by the tabwriter', () => {
    const s = dockerSession([]);
    const out = s.run('docker version').stdout;
    expect(out.split('\n').slice(0, 9)).toEqual([
      'Client: Docker Engine - Community',
      ' Version:           28.2.2',
      ' API version:       1.50',
      ' Go version:        go1.24.3',
      ' Git commit:        e6534b4',
      ' Built:             Fri May 30 12:07:26 2025',
      ' OS/Arch:           linux/amd64',
      ' Context:           default',
      '',
    ]);
    expect(out).toContain(' docker-init:\n  Version:          0.19.0\n  GitCommit:        de40ad0\n');
    runCases(s, [
      // Go field APIVersion, JSON key ApiVersion (docs: docker version --format '{{.Client.APIVersion}}')
      { cmd: "docker version --format '{{.Client.APIVersion}} {{.Server.APIVersion}} {{.Server.MinAPIVersion}}'", out: '1.50 1.50 1.24\n' },
      { cmd: "docker version --format '{{.Client.Version}} {{.Server.ApiVersion}}'", err: /can't evaluate field ApiVersion in type types\.Version/, out: '\n', exit: 1 },
      { cmd: "docker version --format '{{json .Client}}'", out: /^\{"Platform":\{"Name":"Docker Engine - Community"\},"Version":"28\.2\.2","ApiVersion":"1\.50","DefaultAPIVersion":"1\.50",/ },
      { cmd: "docker version --format '{{json .Server}}'", out: /"Version":"28\.2\.2","ApiVersion":"1\.50","MinAPIVersion":"1\.24",/ },
      { cmd: "DOCKER_API_VERSION=1.39 docker version --format '{{.Client.APIVersion}}'", out: '1.39\n' },
      { cmd: 'DOCKER_API_VERSION=1.39 docker version', out: /^Client: Docker Engine - Community\n Version: +28\.2\.2\n API version: +1\.39 \(downgraded from 1\.50\)\n/ },
      { cmd: "docker version --format '{{json .Server.Components}}'", out: /^\[\{"Name":"Engine","Version":"28\.2\.2","Details":\{"ApiVersion":"1\.50",/ },
      { cmd: "docker version --format '{{.Server'", err: /^template parsing error: /, exit: 64 },
      { cmd: 'docker version x', err: /^docker: 'docker version' accepts no arguments/, exit: 1 },
    ]);
  });

  it('counts containers by state and images in docker info', () => {
    const s = dockerSession(['alpine', 'nginx:alpine']);
    runCases(s, [
      { cmd: 'docker run -d --name web nginx:alpine', out: ID64 },
      { cmd: 'docker run -d --name p alpine sleep 1000', out: ID64 },
      { cmd: 'docker pause p', out: 'p\n' },
      { cmd: 'docker create --name c alpine', out: ID64 },
    ]);
    const info = s.run('docker info').stdout;
    expect(info).toContain('\nServer:\n Containers: 3\n  Running: 1\n  Paused: 1\n  Stopped: 1\n Images: 2\n Server Version: 28.2.2\n');
    expect(info).toMatch(/ Kernel Version: \S+\n Operating System: Ubuntu 24\.04\.\d LTS\n OSType: linux\n Architecture: x86_64\n CPUs: 4\n Total Memory: 7\.751GiB\n Name: dockerlings\n/);
    expect(info.endsWith(' Live Restore Enabled: false\n\n')).toBe(true);
    runCases(s, [
      { cmd: "docker info --format '{{.ContainersPaused}} {{.Swarm.LocalNodeState}} {{.ClientInfo.Context}}'", out: '1 inactive default\n' },
      { cmd: "docker info --format '{{range .ClientInfo.Plugins}}{{.Name}} {{.Version}} {{end}}'", out: 'buildx v0.24.0 compose v2.36.2 \n' },
      { cmd: "docker info --format '{{json .RegistryConfig.InsecureRegistryCIDRs}}'", out: '["::1/128","127.0.0.0/8"]\n' },
      { cmd: "DOCKER_CONTEXT=default docker info -f '{{.ClientInfo.Context}}'", out: 'default\n' },
    ]);
  });
});

describe('docker system df', () => {
  it('sums images, containers, volumes and build cache with docker reclaimable percentages', () => {
    const s = dockerSession(['alpine', 'nginx:alpine']);
    runCases(s, [
      { cmd: "docker system df --format '{{.Type}} {{.TotalCount}} {{.Active}} {{.Reclaimable}}'", out: 'Images 2 0 52.22MB (100%)\nContainers 0 0 0B\nLocal Volumes 0 0 0B\nBuild Cache 0 0 0B\n' },
      { cmd: 'docker run -d --name web -v data:/data nginx:alpine', out: ID64 },
      { cmd: "docker system df --format '{{.Type}} {{.TotalCount}} {{.Active}}'", out: 'Images 2 1\nContainers 1 1\nLocal Volumes 1 1\nBuild Cache 0 0\n' },
      { cmd: 'docker system df --format raw', out: /^type: Images\ntotal: 2\nactive: 1\nsize: 52\.22MB\nreclaimable: [\d.]+[kM]?B \(\d+%\)\n\ntype: Containers\n/ },
      { cmd: 'docker system df x', err: /^docker: 'docker system df' accepts no arguments/, exit: 1 },
    ]);
    const v = s.run('docker system df -v').stdout;
    expect(v).toMatch(/^Images space usage:\n\nREPOSITORY   TAG       IMAGE ID       CREATED        SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS\n/);
    expect(v).toMatch(/\nContainers space usage:\n\nCONTAINER ID   IMAGE          COMMAND                  LOCAL VOLUMES   SIZE      CREATED                  STATUS                  NAMES\n[0-9a-f]{12}   nginx:alpine   "\/docker-entrypoint\.…"   1               /);
    expect(v).toContain('\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\ndata          1         0B\n\nBuild cache usage: 0B\n\nCACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n');
  });
});

describe('docker events', () => {
  it('replays the window between --since and --until, oldest first', () => {
    const s = dockerSession(['alpine']);
    runCases(s, [
      { cmd: 'docker run --name once alpine true', out: '' },
      { cmd: 'docker volume create v1', out: 'v1\n' },
      { cmd: "docker events --since 1m --until 0s --filter type=container --filter type=network --filter type=volume --format '{{.Type}} {{.Action}}'", out: 'container create\nnetwork connect\ncontainer start\ncontainer die\nnetwork disconnect\nvolume create\n' },
      { cmd: "docker events --since 1m --until 0s --filter type=volume --filter type=network --format '{{.Type}}={{.Actor.Attributes.name}}'", out: 'network=bridge\nnetwork=bridge\nvolume=<no value>\n' },
      { cmd: "docker system events --since 1m --until 0s --filter container=once --filter event=die --format '{{.Status}} {{.From}} {{index .Actor.Attributes \"exitCode\"}}'", out: 'die alpine 0\n' },
      { cmd: 'docker events --since yesterday --until 0s', err: /^Error response from daemon: /, exit: 1 },
    ]);
  });

  it('stays attached without --until and prints nothing from the past without --since', () => {
    const s = dockerSession(['alpine']);
    s.run('docker run --name once alpine true');
    const r = s.run('docker events');
    expect(r.stdout).toBe('');
    expect(s.prompt()).toBe('');
    expect(s.interrupt().exitCode).toBe(130);
  });

  it('runs the clock up to a future --until (durations count back from now) and shows what happened meanwhile', () => {
    const s = dockerSession(['alpine']);
    s.run('docker run -d --name loop --restart on-failure:2 alpine sh -c "sleep 2; exit 3"');
    const r = s.run("docker events --since 0s --until 2026-01-15T09:01:00 --filter event=die --format '{{.Actor.Attributes.exitCode}}'");
    expect(r.stdout.trim().split('\n')).toEqual(['3', '3', '3']);
  });
});

describe('docker system prune', () => {
  it('lists what it will remove, with filters, and removes stopped containers, unused networks, dangling images', () => {
    const s = dockerSession(['alpine']);
    runCases(s, [
      { cmd: 'docker run --name once alpine true', out: '' },
      { cmd: 'docker network create spare', out: ID64 },
      { cmd: 'docker system prune --filter label=a=b < /dev/null', out: 'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\n  Items to be pruned will be filtered with:\n  - label=a=b\n\nAre you sure you want to continue? [y/N] \n' },
      { cmd: 'echo y | docker system prune --volumes', out: /^WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all dangling images\n  - unused build cache\n\nAre you sure you want to continue\? \[y\/N\] Deleted Containers:\n[0-9a-f]{64}\n\nDeleted Networks:\nspare\n\nTotal reclaimed space: 0B\n$/ },
      { cmd: 'docker system prune -f --filter foo=bar', err: "Error response from daemon: invalid filter 'foo'\n", exit: 1 },
      { cmd: 'docker system prune -af', out: /^Deleted Images:\nuntagged: alpine:latest\nuntagged: alpine@sha256:[0-9a-f]{64}\ndeleted: sha256:[0-9a-f]{64}\n(deleted: sha256:[0-9a-f]{64}\n)*\nTotal reclaimed space: [\d.]+MB\n$/ },
    ]);
  });
});

describe('docker inspect', () => {
  it('finds containers first, then images, networks, volumes; --type restricts', () => {
    runCases(dockerSession(['alpine']), [
      { cmd: 'docker network create alpine', out: ID64 },
      { cmd: 'docker volume create vol', out: 'vol\n' },
      { cmd: "docker inspect -f '{{.Id}}' alpine", out: /^sha256:[0-9a-f]{64}\n$/ },
      { cmd: "docker inspect --type network -f '{{.Driver}}' alpine", out: 'bridge\n' },
      { cmd: "docker inspect -f '{{.Mountpoint}}' vol", out: '/var/lib/docker/volumes/vol/_data\n' },
      { cmd: 'docker inspect -s vol', out: /^\[\n {4}\{\n {8}"CreatedAt"/, err: 'WARNING: --size ignored for volume\n' },
      { cmd: "docker inspect -f '{{.Name}}' vol nothere", out: 'vol\n', err: 'Error: No such object: nothere\n', exit: 1 },
      { cmd: 'docker inspect --type service x', out: '[]\n', err: 'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n', exit: 1 },
      { cmd: "docker inspect --type '' x", err: 'type is empty: must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n', exit: 1 },
      { cmd: "docker inspect -f '{{.Nope}}' vol", err: /^template parsing error: /, out: '\n', exit: 1 },
    ]);
  });
});
