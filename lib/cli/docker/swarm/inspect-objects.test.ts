import { describe, expect, it } from 'vitest';
import { createHostSession } from '../../../host';

describe('docker inspect finds swarm objects', () => {
  it('skips swarm objects off a swarm; --type service asks the daemon and gets its error', () => {
    const h = createHostSession();
    expect(h.run('docker inspect web').stderr).toBe('Error: No such object: web\n');
    expect(h.run('docker inspect --type service web').stderr).toMatch(/^Error response from daemon: This node is not a swarm manager\. Use "docker swarm init"/);
  });

  it('resolves services, tasks (id or full name), nodes (self), secrets and configs by name', () => {
    const h = createHostSession();
    h.run('docker swarm init');
    h.run('docker service create -d --name web --replicas 2 nginx');
    h.run('echo pw | docker secret create pw -');
    h.run('docker config create cfg /etc/hostname');
    expect(h.run("docker inspect -f '{{.Spec.Name}} {{.Spec.Mode.Replicated.Replicas}}' web").stdout).toBe('web 2\n');
    expect(h.run("docker inspect -f '{{.Spec.Name}}' pw cfg").stdout).toBe('pw\ncfg\n');
    expect(h.run("docker inspect -f '{{.Spec.Role}}' self").stdout).toBe('manager\n');
    const task = h.run('docker service ps -q web').stdout.split('\n')[0]!;
    expect(h.run(`docker inspect -f '{{.Slot}} {{.DesiredState}}' ${task}`).stdout).toMatch(/^[12] running\n$/);
    const name = h.run("docker ps --format '{{.Names}}' --filter name=web.1").stdout.trim();
    expect(h.run(`docker inspect --type task -f '{{.Slot}}' ${name}`).stdout).toBe('1\n');
    expect(h.run("docker inspect -s -f '{{.Spec.Name}}' web").stderr).toBe('WARNING: --size ignored for service\n');
  });

  it('a container or network of the same name wins over the service; typed misses use the daemon words', () => {
    const h = createHostSession();
    h.run('docker swarm init');
    h.run('docker service create -d --name web nginx');
    h.run('docker network create web');
    expect(h.run("docker inspect -f '{{.Driver}}' web").stdout).toBe('bridge\n');
    expect(h.run("docker inspect --type service -f '{{.Spec.Name}}' web").stdout).toBe('web\n');
    expect(h.run('docker inspect --type node nope').stderr).toBe('Error response from daemon: node nope not found\n');
    expect(h.run('docker inspect --type secret nope').stderr).toBe('Error response from daemon: secret nope not found\n');
  });
});
